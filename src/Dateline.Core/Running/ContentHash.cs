using System.Security.Cryptography;
using System.Text;
using Dateline.Core.Model;

namespace Dateline.Core.Running;

/// <summary>
/// Identifies an input by what it holds, so that re-ingesting the same collection (after a crash, or twice) skips
/// what is stored. The hash covers the bytes or pre-decoded text and the metadata supplied with them, not the path.
/// </summary>
public static class ContentHash
{
    public static string Of(RawPage page)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        if (page.PreDecodedText is { } text)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(text));
        }
        else
        {
            sha.AppendData(page.Bytes.Span);
        }

        Append(sha, page.Url);
        if (page.Supplied is { } m)
        {
            Append(sha, m.Title);
            Append(sha, m.Published);
            Append(sha, m.SiteName);
            Append(sha, m.Url);
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    /// <summary>For inputs that could not be read at all: identified by where they were and what went wrong.</summary>
    public static string OfFailure(string input, string kind)
        => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"failure\n{input}\n{kind}")));

    private static void Append(IncrementalHash sha, string? value)
    {
        sha.AppendData("\u0001"u8);
        if (value is not null)
        {
            sha.AppendData(Encoding.UTF8.GetBytes(value));
        }
    }
}
