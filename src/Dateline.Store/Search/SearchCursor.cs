using System.Globalization;
using System.Text;

namespace Dateline.Store.Search;

/// <summary>
/// Where a page of results ended: the sort, the last hit's sort key and its row. The next page starts after it, so
/// paging goes as deep as the results do without re-ranking the pages before. Written as an opaque URL-safe token.
/// </summary>
public sealed record SearchCursor(SearchSort Sort, string Key, long Row)
{
    /// <summary>The token: base64url of "sort|key|row".</summary>
    public string Token
        => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{(int)Sort}|{Key}|{Row.ToString(CultureInfo.InvariantCulture)}"))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>A cursor from its token, or null when the token is not one this store wrote.</summary>
    public static SearchCursor? Parse(string? token)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 400)
        {
            return null;
        }

        try
        {
            var b64 = token.Trim().Replace('-', '+').Replace('_', '/');
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(b64.PadRight(b64.Length + ((4 - (b64.Length % 4)) % 4), '=')));
            var first = text.IndexOf('|', StringComparison.Ordinal);
            var last = text.LastIndexOf('|');
            if (first <= 0 || last <= first
                || !int.TryParse(text.AsSpan(0, first), NumberStyles.None, CultureInfo.InvariantCulture, out var sort) || !Enum.IsDefined((SearchSort)sort)
                || !long.TryParse(text.AsSpan(last + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var row))
            {
                return null;
            }

            var key = text[(first + 1)..last];
            return (SearchSort)sort == SearchSort.Relevance && !double.TryParse(key, NumberStyles.Float, CultureInfo.InvariantCulture, out _) ? null : new SearchCursor((SearchSort)sort, key, row);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
