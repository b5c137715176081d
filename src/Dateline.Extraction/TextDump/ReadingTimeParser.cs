using System.Globalization;
using System.Text.RegularExpressions;

namespace Dateline.Extraction.TextDump;

/// <summary>Reads "·2 min read", "5 minute read", "Reading time: 3 minutes" as a number of minutes.</summary>
public static partial class ReadingTimeParser
{
    public static int? Parse(string line)
    {
        if (line.Length > 60)
        {
            return null;
        }

        var m = MinutesRead().Match(line);
        if (!m.Success)
        {
            m = ReadingTimeLabel().Match(line);
        }

        return m.Success && int.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 300 ? n : null;
    }

    [GeneratedRegex(@"(?:^|[\s·•|,\-–—])(?<n>\d{1,3})\s*(?:-|\s)?(?:min|mins|minute|minutes|min\.)\s*(?:read|reading|de lecture|lesezeit|de leitura|di lettura|de lectura)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MinutesRead();

    [GeneratedRegex(@"(?:reading time|read time|lesezeit|temps de lecture|tiempo de lectura)\s*:?\s*(?<n>\d{1,3})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReadingTimeLabel();
}
