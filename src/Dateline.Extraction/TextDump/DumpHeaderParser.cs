using System.Globalization;
using System.Text.RegularExpressions;

namespace Dateline.Extraction.TextDump;

/// <summary>Parses the header line "date YYYY-MM-DD Title" (leading spaces allowed) that some dumps start with.</summary>
public static partial class DumpHeaderParser
{
    public static DumpHeader? Parse(string line)
    {
        var m = HeaderLine().Match(line);
        if (!m.Success)
        {
            return null;
        }

        var date = m.Groups["date"].Value;
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return null;
        }

        return new DumpHeader(date, m.Groups["title"].Value.Trim());
    }

    [GeneratedRegex(@"^\s*date\s+(?<date>\d{4}-\d{2}-\d{2})(?:\s+(?<title>.*\S))?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex HeaderLine();
}
