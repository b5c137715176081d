using System.Text.RegularExpressions;
using Dateline.Core.Text;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Html;

/// <summary>Chrome phrases of the HTML block filter (Data/html-block-phrases.txt). Immutable once loaded.</summary>
public sealed class BlockPhrases
{
    private static readonly Lazy<BlockPhrases> DefaultPhrases = new(() => new BlockPhrases(ChromeLexicon.ReadResource("html-block-phrases.txt")));

    public BlockPhrases(string rules)
    {
        var list = new List<BlockRule>();
        var teasers = new List<TieredRegex>();
        foreach (var line in rules.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split('\t');
            if (parts.Length != 3 || parts[0] is not ("any" or "long" or "tail" or "teaser"))
            {
                throw new FormatException($"block rule needs where (any/long/tail/teaser), reason and pattern separated by tabs: {line}");
            }

            // A rule runs only on blocks its list's alternation matched.
            var pattern = ExtractionPatterns.Rule(parts[2], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            if (parts[0] == "teaser")
            {
                teasers.Add(pattern);
            }
            else
            {
                list.Add(new BlockRule(parts[0] == "tail", parts[1], pattern) { Long = parts[0] == "long" });
            }
        }

        Rules = list;
        TeaserLabels = teasers;

        // Most blocks match no rule, and one scan of an alternation of the rules tells that (as ChromeLexicon does); a
        // hit then finds the first rule. Block phrases were 11 % of extract's CPU with a scan per rule (bench/README.md).
        _anyTeaser = Alternation(teasers.Select(t => t.ToString()));
        _anyShort = Alternation(list.Where(r => !r.TailOnly).Select(r => r.Pattern.ToString()));
        _anyRule = Alternation(list.Select(r => r.Pattern.ToString()));
        _anyLong = Alternation(list.Where(r => r.Long).Select(r => r.Pattern.ToString()));
    }

    private readonly AnyOfPatterns _anyTeaser;
    private readonly AnyOfPatterns _anyShort;
    private readonly AnyOfPatterns _anyRule;
    private readonly AnyOfPatterns _anyLong;

    private static AnyOfPatterns Alternation(IEnumerable<string> patterns)
        => ExtractionPatterns.AnyOf(patterns, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Labels that open a list of other stories.</summary>
    public IReadOnlyList<TieredRegex> TeaserLabels { get; }

    public bool IsTeaserLabel(string text) => text.Length <= 80 && _anyTeaser.IsMatch(text);

    public static BlockPhrases Default => DefaultPhrases.Value;

    /// <summary>The reason of the first "long" rule matching a block too long for the other rules.</summary>
    public string? MatchLong(string text) => _anyLong.IsMatch(text) ? Rules.FirstOrDefault(r => r.Long && r.Pattern.IsMatch(text))?.Reason : null;

    public IReadOnlyList<BlockRule> Rules { get; }

    /// <summary>The reason of the first matching rule; tail rules only count when <paramref name="inTail"/>.</summary>
    public string? Match(string text, bool inTail)
    {
        if (!(inTail ? _anyRule : _anyShort).IsMatch(text))
        {
            return null;
        }

        foreach (var rule in Rules)
        {
            if ((inTail || !rule.TailOnly) && rule.Pattern.IsMatch(text))
            {
                return rule.Reason;
            }
        }

        return null;
    }
}
