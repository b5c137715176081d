using Dateline.Core.Layers.RemovedBlocks;
using System.Text.RegularExpressions;
using Dateline.Core.Text;

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

        // "Reporter Jomana Karadsheh says:" has the shape of a comment's author line, but one whose next line opens
        // with a quotation mark introduces the quote in the story (PolNeAR train): no comment heading, no chrome.
        for (var i = 0; i + 1 < result.Count; i++)
        {
            if (result[i].ChromeReason == RemovalReason.CommentNotice && result[i].Text.EndsWith(':') && result[i + 1].Text.Length > 0
                && result[i + 1].Text[0] is '"' or '“' or '‘' or '\'')
            {
                result[i] = result[i] with { ChromeReason = null };
            }
        }

        var counts = result.GroupBy(l => l.Text, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
        {
            var line = result[i];
            var share = EarlierShingleShare(line.Text, seen);
            result[i] = line with { Repeats = counts[line.Text], EarlierShare = share };
        }

        return result;
    }

    private static DumpLine Measure(int index, string raw, string text, int indent, LineMarker marker, ChromeLexicon lexicon)
    {
        var words = 0;
        var lower = 0;
        foreach (Match w in WordPattern().Matches(text))
        {
            // CJK runs have no spaces: count two characters as a word so that Chinese prose weighs like prose.
            var v = w.Value;
            var cjk = v.Count(Scripts.IsCjk);
            words += cjk > 0 ? Math.Max(1, cjk / 2) : 1;
            if (char.IsLower(v[0]) || cjk > 0)
            {
                lower++;
            }
        }

        var wordRuns = WordPattern().Count(text);
        // A sentence followed by its source in brackets ("… way off on Donald Trump. [NYT.]", a link round-up's item)
        // ends where the sentence does.
        var bracket = text.EndsWith(']') ? text.LastIndexOf('[') : -1;
        var closing = bracket > 0 && text[..bracket].TrimEnd() is { Length: > 0 } before ? before : text;
        var last = closing.Length > 0 ? closing[^1] : ' ';
        var endsSentence = last is '.' or '!' or '?' or '"' or '”' or '’' or ':' or ')' or '…' or '»' or '。' or '！' or '？' or ';';
        var placeholder = !text.Any(char.IsLetter) || PlaceholderPattern().IsMatch(text) || FormField().IsMatch(text) || BareUrl().IsMatch(text) || Timestamp().IsMatch(text);
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

    /// <summary>
    /// Share of the text's word 4-grams seen earlier in the dump; adds the text's own 4-grams to the seen set.
    /// Pages that embed their article twice (structured data, AMP copies) repeat whole runs of sentences.
    /// </summary>
    private static double EarlierShingleShare(string text, HashSet<string> seen)
    {
        var words = WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToArray();
        if (words.Length < 6)
        {
            return 0;
        }

        var total = 0;
        var earlier = 0;
        for (var i = 0; i + 4 <= words.Length; i++)
        {
            var shingle = string.Join(' ', words, i, 4);
            total++;
            if (!seen.Add(shingle))
            {
                earlier++;
            }
        }

        return (double)earlier / total;
    }

    [GeneratedRegex(@"^[•□☆◦▪▫●○■◆◇‣⁃·\-\*]\s*(?=\S|$)", RegexOptions.CultureInvariant)]
    private static partial Regex BulletMarker();

    [GeneratedRegex(@"^\d{1,3}\.\s+", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedMarker();

    /// <summary>A word as the cleaner counts words (also <see cref="RunningProse"/>).</summary>
    [GeneratedRegex(@"[\p{L}\p{N}][\p{L}\p{N}\p{M}'’\-]*", RegexOptions.CultureInvariant)]
    internal static partial Regex WordPattern();

    [GeneratedRegex(@"^(\[[^\]]{0,80}\]\s*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceholderPattern();

    [GeneratedRegex(@"^(https?://|www\.)\S+$", RegexOptions.CultureInvariant)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();

    [GeneratedRegex(@"\[\s{4,}\]|\(\*\)|\[\*\]|\[ \]", RegexOptions.CultureInvariant)]
    private static partial Regex FormField();
}
