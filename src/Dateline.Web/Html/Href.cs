using System.Globalization;
using System.Text;

namespace Dateline.Web.Html;

/// <summary>Builds links inside this site with every path segment and query value percent-encoded.</summary>
public static class Href
{
    public static string Article(string id) => "/articles/" + Uri.EscapeDataString(id);

    public static string Entity(long id) => "/entities/" + id.ToString(CultureInfo.InvariantCulture);

    public static string Thread(long id) => "/threads/" + id.ToString(CultureInfo.InvariantCulture);

    /// <summary>A path with query parameters; null or empty values are left out.</summary>
    public static string Query(string path, params HtmlAttribute[] parameters)
    {
        var sb = new StringBuilder(path);
        var first = true;
        foreach (var p in parameters)
        {
            if (string.IsNullOrEmpty(p.Value))
            {
                continue;
            }

            sb.Append(first ? '?' : '&').Append(Uri.EscapeDataString(p.Name)).Append('=').Append(Uri.EscapeDataString(p.Value));
            first = false;
        }

        return sb.ToString();
    }
}
