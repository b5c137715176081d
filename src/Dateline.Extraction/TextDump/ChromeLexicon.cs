using System.Text.RegularExpressions;
using Dateline.Core.Text;

namespace Dateline.Extraction.TextDump;

/// <summary>
/// Known chrome phrases and teaser headings, loaded from the data files in Data/ (never literals in code). Immutable
/// once loaded; <see cref="Default"/> is shared by every thread.
/// </summary>
public sealed class ChromeLexicon
{
    private static readonly Lazy<ChromeLexicon> DefaultLexicon = new(() => new ChromeLexicon(
        ReadResource("chrome-phrases.txt"),
        ReadResource("teaser-headings.txt"),
        ParseLines(ReadResource("reader-address.txt"))));

    // Interpreted at first, compiled once a run has used them (ExtractionPatterns).
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // All rules in one alternation: most lines match none, and one scan tells that; a hit then finds the first rule.
    private readonly AnyOfPatterns _anyRule;
    private readonly AnyOfPatterns _anyTeaserHeading;

    private readonly RunningProse _runningProse;

    /// <param name="readerWords">Words that address the reader (a cue rule's hit in a sentence with one counts).</param>
    public ChromeLexicon(string chromeRules, string teaserHeadings, IEnumerable<string>? readerWords = null)
    {
        Rules = ParseRules(chromeRules);
        _runningProse = new RunningProse(readerWords ?? []);
        var headings = ParseLines(teaserHeadings).Select(p => $"^(?:{p})\\s*[:…\\.]*\\s*$").ToList();
        _anyRule = Alternation(Rules.Select(r => r.Pattern.ToString()));
        _anyTeaserHeading = Alternation(headings);
    }

    public static ChromeLexicon Default => DefaultLexicon.Value;

    public IReadOnlyList<ChromeRule> Rules { get; }

    /// <summary>The reason of the first rule that matches the trimmed line, or null.</summary>
    public string? Match(string trimmedLine)
    {
        if (!_anyRule.IsMatch(trimmedLine))
        {
            return null;
        }

        foreach (var rule in Rules)
        {
            if (rule.Cue ? HitsOutsideProse(rule, trimmedLine) : rule.Pattern.IsMatch(trimmedLine))
            {
                return rule.Reason;
            }
        }

        return null;
    }

    // A cue rule counts where one of its hits stands outside running prose.
    private bool HitsOutsideProse(ChromeRule rule, string line)
    {
        for (var m = rule.Pattern.Match(line); m.Success; m = m.NextMatch())
        {
            if (!_runningProse.Holds(line, m.Index, m.Length))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsTeaserHeading(string trimmedLine) => trimmedLine.Length <= 80 && _anyTeaserHeading.IsMatch(trimmedLine);

    public static string ReadResource(string name)
    {
        var assembly = typeof(ChromeLexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Dateline.Extraction.Data.{name}")
            ?? throw new InvalidOperationException($"embedded data file {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<ChromeRule> ParseRules(string text)
    {
        var rules = new List<ChromeRule>();
        foreach (var line in ParseLines(text))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                throw new FormatException($"chrome rule without a reason and a tab: {line}");
            }

            // "<reason> TAB cue TAB <pattern>": a cue rule (ChromeRule.Cue).
            var rest = line[(tab + 1)..];
            var cue = rest.StartsWith("cue\t", StringComparison.Ordinal);
            rules.Add(new ChromeRule(line[..tab].Trim(), Tiered((cue ? rest[4..] : rest).Trim()), cue));
        }

        return rules;
    }

    private static AnyOfPatterns Alternation(IEnumerable<string> patterns) => ExtractionPatterns.AnyOf(patterns, Options);

    // A rule runs only on lines the alternation matched.
    private static TieredRegex Tiered(string pattern) => ExtractionPatterns.Rule(pattern, Options);

    private static IEnumerable<string> ParseLines(string text)
        => text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#'));
}
