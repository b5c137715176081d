using System.Text.RegularExpressions;
using Dateline.Core.Layers.RemovedBlocks;
using Dateline.Core.Model;
using Dateline.Extraction.Datelines;
using Dateline.Extraction.Dates;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Html;

/// <summary>
/// Decides block by block what of the chosen container is body: drops the headline, link lists, known chrome phrases,
/// bylines, bare timestamps and repeats (pull quotes), then trims furniture from the two edges of the body.
/// </summary>
public sealed partial class BlockFilter
{
    private readonly HtmlExtractionOptions _options;
    private readonly ChromeLexicon _lexicon;
    private readonly BlockPhrases _phrases;

    public BlockFilter(HtmlExtractionOptions options, ChromeLexicon? lexicon = null)
    {
        _options = options;
        _lexicon = lexicon ?? ChromeLexicon.Default;
        _phrases = BlockPhrases.Default;
    }

    /// <summary>Filters the container's blocks; <paramref name="description"/> is the page's own summary (meta description), which may name where the text starts.</summary>
    public FilteredBody Filter(IReadOnlyList<TextBlock> blocks, string? title, CancellationToken cancellation = default, string? description = null)
    {
        var removed = new List<RemovedBlock>();
        var kept = new List<TextBlock>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var normalizedTitle = title is null ? null : Normalize(title);
        var inTeasers = false;
        var labelLevel = 0;
        foreach (var block in blocks)
        {
            cancellation.ThrowIfCancellationRequested();
            // After a label that opens a list of other stories, short blocks are teasers until real prose resumes.
            if (_phrases.IsTeaserLabel(block.Text) || (block.Kind == BlockKind.Heading && _lexicon.IsTeaserHeading(block.Text)))
            {
                inTeasers = true;
                labelLevel = block.Kind == BlockKind.Heading ? block.HeadingLevel : 0;
                removed.Add(new RemovedBlock(block.Text, RemovalReason.TeaserList));
                continue;
            }

            if (inTeasers)
            {
                // A link-free heading of the label's rank or higher opens the next section of the text.
                var nextSection = labelLevel > 0 && block.Kind == BlockKind.Heading && block.HeadingLevel <= labelLevel && block.LinkChars == 0;
                if (!nextSection && (block.Chars < _options.TeaserEndChars || block.LinkDensity > _options.MaxShortBlockLinkDensity))
                {
                    removed.Add(new RemovedBlock(block.Text, RemovalReason.TeaserList));
                    continue;
                }

                inTeasers = false;
            }

            var reason = Reason(block, normalizedTitle);
            if (reason is null && block.Chars >= 20 && !seen.Add(block.Text))
            {
                reason = RemovalReason.Duplicate;
            }

            if (reason is null)
            {
                kept.Add(block);
            }
            else
            {
                removed.Add(new RemovedBlock(block.Text, reason));
            }
        }

        var first = kept.FindIndex(IsProse);
        var last = kept.FindLastIndex(IsProse);
        if (first < 0)
        {
            return new FilteredBody([.. kept.Select(b => b.Text)], removed);
        }

        // A dateline in its own element ("BAAR, SWITZERLAND") heads the story: it is not header furniture.
        if (first > 0 && DatelineFinder.Default.IsStandalone(kept[first - 1].Text))
        {
            first--;
        }

        // A sub-heading right above the first running text opens the body (a guide's first section, a standfirst set as
        // a heading); the headline itself was dropped as title above.
        while (first > 0 && kept[first - 1].Kind == BlockKind.Heading)
        {
            first--;
        }

        // Short blocks the page's summary opens with (a post of lists, labels and short lines) start the text.
        first = new DescribedOpening(description, _options.DescribedOpeningMinChars).Find([.. kept.Select(b => b.Text)], first);

        // Trailing blocks without links are kept (list items, quotes, a short sign-off): articles end with lists and
        // sign-offs more often than with chrome, which the phrase rules and the link share catch.
        // A sub-heading among them stays when such a block follows it (a closing section: requirements, nutrition
        // facts, references).
        while (last + 1 < kept.Count)
        {
            if (Trails(kept[last + 1]))
            {
                last++;
            }
            else if (_options.KeepTrailingSections && kept[last + 1].Kind == BlockKind.Heading && last + 2 < kept.Count && Trails(kept[last + 2]))
            {
                last += 2;
            }
            else
            {
                break;
            }
        }

        // Sign-off lines (contact the author, follow us, subscribe) sit at the very end of the body.
        for (var tail = 0; tail < _options.TailBlocks && last > first; tail++)
        {
            var block = kept[last];
            if (block.Text.Length > _options.MaxTailChromeChars || _phrases.Match(block.Text, inTail: true) is not { } reason)
            {
                break;
            }

            removed.Add(new RemovedBlock(block.Text, reason));
            kept.RemoveAt(last);
            last--;
        }

        removed.AddRange(kept.Take(first).Select(b => new RemovedBlock(b.Text, RemovalReason.Header)));
        removed.AddRange(kept.Skip(last + 1).Select(b => new RemovedBlock(b.Text, RemovalReason.Footer)));
        return new FilteredBody([.. kept.Skip(first).Take(last - first + 1).Select(b => b.Text)], removed);
    }

    private string? Reason(TextBlock block, string? normalizedTitle)
    {
        if (block.Kind == BlockKind.Heading && (block.HeadingLevel == 1 || (normalizedTitle is not null && Normalize(block.Text) == normalizedTitle)))
        {
            return RemovalReason.Title;
        }

        if (IsLinkBlock(block))
        {
            return block.Kind == BlockKind.ListItem ? RemovalReason.TeaserList : RemovalReason.Navigation;
        }

        if (block.Text.Length <= _options.MaxChromeBlockChars)
        {
            if (_lexicon.Match(block.Text) is { } chrome)
            {
                return chrome;
            }

            if (_phrases.Match(block.Text, inTail: false) is { } phrase)
            {
                return phrase;
            }

            if (_lexicon.IsTeaserHeading(block.Text))
            {
                return RemovalReason.SectionLabel;
            }

            if (block.Text.Length < 120 && BylineParser.Parse(block.Text) is not null)
            {
                return RemovalReason.Byline;
            }

            if (block.Text.Length < 60 && DatePatterns.Plausible.First(block.Text) is not null && Letters(block.Text) < 30)
            {
                return RemovalReason.Timestamp;
            }
        }
        else if (block.Text.Length <= _options.MaxTailChromeChars && _phrases.MatchLong(block.Text) is { } notice)
        {
            return notice;
        }

        return null;
    }

    /// <summary>
    /// Whether a block is mostly link text. A long paragraph or quote whose links are inline is prose (a tweet, a
    /// paragraph citing sources), so the bar rises with length; a short block with a link is navigation.
    /// </summary>
    private bool IsLinkBlock(TextBlock block)
    {
        var density = block.LinkDensity;
        if (block.Chars < _options.ShortBlockChars)
        {
            return density > _options.MaxShortBlockLinkDensity;
        }

        var limit = block.Chars >= _options.LongBlockChars || block.Kind is BlockKind.Paragraph or BlockKind.Quote
            ? _options.MaxLongBlockLinkDensity
            : _options.MaxBlockLinkDensity;
        return density > limit;
    }

    private bool Trails(TextBlock block)
        => block.Kind is not BlockKind.Heading && block.LinkDensity == 0 && block.Chars >= _options.MinTrailingBlockChars;

    /// <summary>A block that reads as running text: long enough, or a sentence.</summary>
    private bool IsProse(TextBlock block)
        => block.Kind != BlockKind.Heading
           && (block.Chars >= _options.EdgeBlockChars || (SentenceEnd().IsMatch(block.Text) && block.Text.Count(c => c == ' ') >= 4));

    private static int Letters(string text) => text.Count(char.IsLetter);

    private static string Normalize(string text) => Whitespace().Replace(text, " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"[.!?…:""”’»)]\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
