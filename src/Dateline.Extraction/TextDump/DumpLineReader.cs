using System.Text.RegularExpressions;

namespace Dateline.Extraction.TextDump;

/// <summary>Splits a dump into lines and measures each (marker, indentation, words, sentence shape, known chrome).</summary>
public static partial class DumpLineReader
{
    public static List<DumpLine> Read(string[] lines, int firstLine, ChromeLexicon lexicon)
    {
        var result = new List<DumpLine>();
        for (var i = firstLine; i < lines.Length; i++)
        {
            var raw = lines[i].TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var indent = raw.Length - raw.TrimStart().Length;
            var trimmed = raw.Trim();
            var marker = LineMarker.None;
            var bullet = BulletMarker().Match(trimmed);
            if (bullet.Success)
            {
                marker = LineMarker.Bullet;
                trimmed = trimmed[bullet.Length..].Trim();
            }
            else if (indent > 0 && NumberedMarker().Match(trimmed) is { Success: true } numbered)
            {
                marker = LineMarker.Numbered;
                trimmed = trimmed[numbered.Length..].Trim();
            }

            result.Add(Measure(i, raw, trimmed, indent, marker, lexicon));
        }

        var counts = result.GroupBy(l => l.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return result.Select(l => counts[l.Text] > 1 ? l with { Repeats = counts[l.Text] } : l).ToList();
    }

    private static DumpLine Measure(int index, string raw, string text, int indent, LineMarker marker, ChromeLexicon lexicon)
    {
        var words = 0;
        var lower = 0;
        foreach (Match w in WordPattern().Matches(text))
        {
            // CJK runs have no spaces: count two characters as a word so that Chinese prose weighs like prose.
            var v = w.Value;
            var cjk = v.Count(IsCjk);
            words += cjk > 0 ? Math.Max(1, cjk / 2) : 1;
            if (char.IsLower(v[0]) || cjk > 0)
            {
                lower++;
            }
        }

        var wordRuns = WordPattern().Count(text);
        var last = text.Length > 0 ? text[^1] : ' ';
        var endsSentence = last is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ')' or '…' or '»' or '。' or '！' or '？' or ';';
        var placeholder = !text.Any(char.IsLetter) || PlaceholderPattern().IsMatch(text) || FormField().IsMatch(text);
        return new DumpLine
        {
            Index = index,
            Raw = raw,
            Text = text,
            Indent = indent,
            Marker = marker,
            Words = words,
            LowerShare = wordRuns == 0 ? 0 : (double)lower / wordRuns,
            EndsSentence = endsSentence,
            IsPlaceholder = placeholder,
            ChromeReason = text.Length <= 400 ? lexicon.Match(text) : null,
        };
    }

    private static bool IsCjk(char c) => c is >= '\u3040' and <= '\u30ff' or >= '\u3400' and <= '\u9fff' or >= '\uac00' and <= '\ud7af';

    [GeneratedRegex(@"^[•□☆◦▪▫●○■◆◇‣⁃·\-\*]\s*(?=\S|$)", RegexOptions.CultureInvariant)]
    private static partial Regex BulletMarker();

    [GeneratedRegex(@"^\d{1,3}\.\s+", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedMarker();

    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*", RegexOptions.CultureInvariant)]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"^(\[[^\]]{0,80}\]\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"\[\s{4,}\]|\(\*\)|\[\*\]|\[ \]", RegexOptions.CultureInvariant)]
    private static partial Regex FormField();
}
