using Dateline.Core.Layers;
using Dateline.Core.Layers.Paragraphs;
using Dateline.Core.Layers.RelatedLinks;
using Dateline.Core.Layers.RemovedBlocks;
using System.Globalization;
using System.Text;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Extraction.Dates;
using Dateline.Extraction.Datelines;

namespace Dateline.Extraction.TextDump;

/// <summary>
/// Cleans a text dump of a page (one block per line, list items as "  • ", site chrome mixed in) into the article.
/// The body is the densest run of prose lines: every line gets a weight from line-level evidence (length,
/// punctuation, sentence shape, list marker, known chrome phrases, repetition) and the run with the largest
/// total weight wins (a maximum-sum segment). Chrome inside the run is dropped by rule; teaser lists after it
/// become related links; everything dropped is reported with its reason.
/// </summary>
public sealed class TextDumpCleaner : IPipelineComponent
{
    private readonly ChromeLexicon _lexicon;
    private readonly TextDumpCleanerOptions _options;

    public TextDumpCleaner(ChromeLexicon? lexicon = null, TextDumpCleanerOptions? options = null)
    {
        _lexicon = lexicon ?? ChromeLexicon.Default;
        _options = options ?? TextDumpCleanerOptions.Default;
    }

    public string Name => "text-dump-cleaner";

    public IReadOnlyList<Capability> Requires => [Capability.Content];

    public IReadOnlyList<Capability> Assigns => [Capability.Text, ParagraphsLayer.Instance, Capability.Metadata, RelatedLinksLayer.Instance, RemovedBlocksLayer.Instance];

    public bool AppliesTo(Document document) => document.Content?.Kind == ContentKind.Text && document.Text.Length == 0;

    public Document Process(Document document, ProcessingContext context)
    {
        var article = Clean(document.Content!.Text, context.Cancellation);
        return ArticleAssembler.Apply(document, article);
    }

    /// <summary>Cleans a dump; <paramref name="opening"/> (for a rendered HTML page) names the body's start by the page's summary.</summary>
    public CleanedArticle Clean(string dump, CancellationToken cancellation = default, DescribedOpening? opening = null)
    {
        // CRLF, LF and (old Mac) CR-only line ends alike.
        var rawLines = dump.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var first = 0;
        while (first < rawLines.Length && string.IsNullOrWhiteSpace(rawLines[first]))
        {
            first++;
        }

        DumpHeader? header = null;
        if (first < rawLines.Length && DumpHeaderParser.Parse(rawLines[first]) is { } h)
        {
            header = h;
            first++;
        }

        var lines = DumpLineReader.Read(rawLines, first, _lexicon);
        cancellation.ThrowIfCancellationRequested();
        var removed = new List<RemovedBlock>();
        if (lines.Count == 0)
        {
            return new CleanedArticle { Paragraphs = [], Title = header?.Title, Published = header?.Date };
        }

        // Teaser lists are found first and weigh as chrome, so their prose summaries cannot pass for the body.
        var related = new List<RelatedLink>();
        var teaserLines = FindTeaserLists(lines, 0, related);
        var weights = Weights(lines, teaserLines, _options);
        cancellation.ThrowIfCancellationRequested();
        var (start, end) = DensestRun(weights);
        if (end < start || weights.Skip(start).Take(end - start + 1).Where(w => w > 0).Sum() < _options.MinBodyWeight)
        {
            // Fallback: the first pass found too little prose (score tables, short notes); relax what counts as prose.
            weights = Weights(lines, teaserLines, _options with { MinProseLowerShare = 0, MinProseWords = 4, MinUnpunctuatedProseWords = 8 });
            (start, end) = DensestRun(weights);
        }

        end = ExtendOverIntroducedList(lines, teaserLines, end);

        // A dateline on a line of its own ("BAAR, SWITZERLAND") heads the story: it opens the run, not the header.
        if (start > 0 && start <= end && DatelineFinder.Default.IsStandalone(lines[start - 1].Text))
        {
            start--;
        }

        // Lines that spell the start of the page's summary open the body, and the run reaches down from them.
        if (opening is not null && start <= end)
        {
            start = opening.Find([.. lines.Select(l => l.Text)], start);
        }

        var headerTitle = header?.Title;

        // Lines of the run that are chrome by rule stay out of the body.
        var body = new List<DumpLine>();
        int? readingTime = null;
        List<string>? authors = null;
        var inTeaserBlock = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if ((i & 1023) == 0)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var line = lines[i];
            if (ReadingTimeParser.Parse(line.Text) is { } minutes)
            {
                readingTime ??= minutes;
                removed.Add(new RemovedBlock(line.Raw.Trim(), RemovalReason.ReadingTime));
                continue;
            }

            if (teaserLines.Contains(i))
            {
                removed.Add(new RemovedBlock(line.Raw.Trim(), RemovalReason.TeaserList));
                continue;
            }

            var inRun = i >= start && i <= end;
            if (BylineParser.Parse(line.Text) is { } names && line.Words <= 20 && (i < start || i <= start + 2))
            {
                authors ??= [.. names];
                removed.Add(new RemovedBlock(line.Raw.Trim(), RemovalReason.Byline));
                continue;
            }

            var reason = DropReason(line, inRun, i < start, headerTitle);
            if (inRun && reason is null && IsTeaserHeading(line))
            {
                reason = RemovalReason.TeaserList;
            }
            else if (inRun && reason is null && inTeaserBlock && !IsProse(line, _options))
            {
                // Kickers and headlines under a teaser heading inside the body belong to the teaser box.
                reason = RemovalReason.TeaserList;
                if (line.Words >= 4)
                {
                    related.Add(new RelatedLink(line.Text, null, null));
                }
            }

            if (inRun)
            {
                inTeaserBlock = IsTeaserHeading(line) || (inTeaserBlock && !IsProse(line, _options));
            }

            if (reason is null)
            {
                body.Add(line);
            }
            else
            {
                if (inRun && line.Text.StartsWith("Related:", StringComparison.OrdinalIgnoreCase) && line.Text.Length > 12)
                {
                    related.Add(new RelatedLink(line.Text[8..].Trim(), null, null));
                }

                removed.Add(new RemovedBlock(line.Raw.Trim(), reason));
            }
        }

        var paragraphs = body.Select(l => l.Text).ToList();
        var dateline = DatelineFinder.Default.Find(paragraphs)?.ToInfo(paragraphs);
        // What stands above the body (title, date and byline lines) may reach into the run's first lines that rules removed.
        var preRun = body.Count > 0 ? lines.TakeWhile(l => l.Index < body[0].Index).ToList() : lines.Take(start).ToList();
        return new CleanedArticle
        {
            Paragraphs = paragraphs,
            Title = headerTitle ?? GuessTitle(preRun, lines),
            Published = header?.Date ?? GuessDate(preRun),
            Authors = authors ?? GuessAuthors(preRun),
            Dateline = dateline,
            ReadingTimeMinutes = readingTime,
            Related = related,
            Removed = removed,
        };
    }

    private double[] Weights(List<DumpLine> lines, HashSet<int> teaserLines, TextDumpCleanerOptions options)
    {
        var weights = new double[lines.Count];
        var afterBody = false;
        var proseSoFar = 0.0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (IsCommentHeading(line))
            {
                // Once article prose has been seen, a comments heading ends the article: what follows is readers'
                // text, and must not outweigh the article above it.
                weights[i] = -options.CommentBarrierPenalty;
                afterBody |= proseSoFar >= options.MinProseBeforeBarrier;
                continue;
            }

            if (teaserLines.Contains(i) || IsTeaserHeading(line))
            {
                // Teaser boxes also sit inside articles ("Related Stories" between paragraphs): a strong article
                // runs across them.
                weights[i] = -options.TeaserPenalty;
                continue;
            }

            var w = Weight(line, options);
            if (w > 0)
            {
                proseSoFar += w;
            }

            weights[i] = afterBody && w > 0 ? w * options.AfterBarrierDiscount : w;
        }

        return weights;
    }

    private static bool IsCommentHeading(DumpLine line)
        => line.Marker == LineMarker.None && line.Words <= 6 && line.ChromeReason == RemovalReason.CommentNotice;

    private bool IsTeaserHeading(DumpLine line)
        => line.Marker == LineMarker.None && line.Words <= 6 && _lexicon.IsTeaserHeading(line.Text);

    /// <summary>How much a line speaks for being inside the article body: positive for prose, negative for chrome.</summary>
    private static double Weight(DumpLine line, TextDumpCleanerOptions options)
    {
        if (line.ChromeReason is not null)
        {
            return -options.ChromePenalty;
        }

        if (line.IsPlaceholder)
        {
            return -options.PlaceholderPenalty;
        }

        if (line.EarlierShare >= options.MaxEarlierShare)
        {
            return -options.ShortLinePenalty;
        }

        var prose = IsProse(line, options);
        if (line.Marker != LineMarker.None)
        {
            return prose && line.Words >= 12 ? Math.Min(line.Words * 0.5, options.MaxLineWeight) : -options.ListItemPenalty;
        }

        if (prose)
        {
            // Repeated prose (a description shown twice, a teaser summary) counts for less.
            var w = Math.Min(line.Words, options.MaxLineWeight);
            return line.Repeats > 1 ? w / line.Repeats : w;
        }

        return line.Words <= 4 ? -options.ShortLinePenalty : -(options.ShortLinePenalty + 1);
    }

    private static bool IsProse(DumpLine line, TextDumpCleanerOptions options)
        => line.LowerShare >= options.MinProseLowerShare
           && ((line.Words >= options.MinProseWords && line.EndsSentence) || line.Words >= options.MinUnpunctuatedProseWords);

    /// <summary>
    /// A body that ends on (or just before) a line closing with a colon ("The tour dates:") goes on with the list that
    /// line introduces: tour dates, product features, results; list lines carry too little prose to be chosen alone.
    /// </summary>
    private int ExtendOverIntroducedList(List<DumpLine> lines, HashSet<int> teaserLines, int end)
    {
        if (end < 0)
        {
            return end;
        }

        var next = end + 1;
        if (!lines[end].Text.EndsWith(':'))
        {
            if (next >= lines.Count || !lines[next].Text.EndsWith(':') || lines[next].Words > _options.MaxListLineWords || !IsListLike(lines[next], next))
            {
                return end;
            }

            next++;
        }

        var last = next - 1;
        for (var i = next; i < lines.Count && i - next < _options.MaxIntroducedListLines; i++)
        {
            if (lines[i].IsPlaceholder)
            {
                continue;
            }

            if (!IsListLike(lines[i], i))
            {
                break;
            }

            last = i;
        }

        return last;

        bool IsListLike(DumpLine line, int index)
            => line.ChromeReason is null && !teaserLines.Contains(index) && !IsTeaserHeading(line) && !IsCommentHeading(line)
               && line.EarlierShare < _options.MaxEarlierShare && line.Words <= _options.MaxListLineWords;
    }

    /// <summary>The segment [start, end] of lines with the largest total weight (Kadane's algorithm).</summary>
    public static (int Start, int End) DensestRun(IReadOnlyList<double> weights)
    {
        double best = double.NegativeInfinity, current = 0;
        int bestStart = 0, bestEnd = -1, currentStart = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            if (current <= 0)
            {
                current = 0;
                currentStart = i;
            }

            current += weights[i];
            if (current > best)
            {
                best = current;
                bestStart = currentStart;
                bestEnd = i;
            }
        }

        return best > 0 ? (bestStart, bestEnd) : (0, -1);
    }

    private string? DropReason(DumpLine line, bool inRun, bool beforeRun, string? title)
    {
        if (line.ChromeReason is { } known)
        {
            return known;
        }

        if (line.EarlierShare >= _options.MaxEarlierShare)
        {
            return RemovalReason.Duplicate;
        }

        if (!inRun)
        {
            return line.Marker != LineMarker.None ? RemovalReason.Navigation
                : title is not null && line.Text == title ? RemovalReason.Title
                : beforeRun ? RemovalReason.Header : RemovalReason.Footer;
        }

        if (line.IsPlaceholder)
        {
            return RemovalReason.Boilerplate;
        }

        if (title is not null && string.Equals(line.Text, title, StringComparison.Ordinal))
        {
            return RemovalReason.Title;
        }

        if (line.EarlierShare >= _options.MaxEarlierShare)
        {
            return RemovalReason.Duplicate;
        }

        // A short line that is mostly a date ("Nov. 19, 2019 8:03 am ET", "Published 2:16 AM EST") is a timestamp.
        if (line.Words <= 10 && !line.EndsSentence && !line.Text.StartsWith('—') && DatePatterns.Plausible.First(line.Text) is not null)
        {
            return RemovalReason.Timestamp;
        }

        // A non-prose line repeated elsewhere in the page is a label or a menu entry, not article text.
        return line.Repeats > 1 && !IsProse(line, _options) && line.Words <= 6 ? RemovalReason.Duplicate : null;
    }

    /// <summary>
    /// Teaser lists after the body: a heading such as "Recommended Stories" followed by list items (each with an
    /// optional indented summary), or a run of list items each followed by an indented summary.
    /// </summary>
    private HashSet<int> FindTeaserLists(List<DumpLine> lines, int from, List<RelatedLink> related)
    {
        var taken = new HashSet<int>();
        for (var i = from; i < lines.Count; i++)
        {
            var headed = _lexicon.IsTeaserHeading(lines[i].Text) && lines[i].Marker == LineMarker.None;
            var itemsStart = headed ? i + 1 : i;
            var items = ReadTeaserItems(lines, itemsStart, out var next);
            var withSummaries = items.Count(t => t.Link.Summary is not null);
            if ((headed && items.Count > 0) || withSummaries >= _options.MinTeaserItems)
            {
                if (headed)
                {
                    taken.Add(i);
                }

                foreach (var item in items)
                {
                    related.Add(item.Link);
                    taken.UnionWith(item.Lines);
                }

                i = next - 1;
            }
            else
            {
                i = LastBeforeTeaserHeading(lines, i, next);
            }
        }

        return taken;
    }

    /// <summary>
    /// Where the scan goes on after a run of list items that is no teaser list. A suffix of the run holds the same items
    /// (fewer summaries), so only a teaser heading inside it (read as an indented summary) can start a list: going on
    /// line by line read the rest of the run again from every line, quadratic on a page of thousands of links.
    /// </summary>
    private int LastBeforeTeaserHeading(List<DumpLine> lines, int i, int next)
    {
        for (var j = i + 1; j < next; j++)
        {
            if (lines[j].Marker == LineMarker.None && _lexicon.IsTeaserHeading(lines[j].Text))
            {
                return j - 1;
            }
        }

        return Math.Max(i, next - 1);
    }

    private static List<(RelatedLink Link, List<int> Lines)> ReadTeaserItems(List<DumpLine> lines, int start, out int next)
    {
        var items = new List<(RelatedLink, List<int>)>();
        var i = start;
        while (i < lines.Count && lines[i].Marker != LineMarker.None)
        {
            var titleLine = lines[i];
            var used = new List<int> { i };
            string? title = titleLine.Text;
            i++;

            // Numbered teaser blocks render the title on the next indented line ("1. [img]" / "1" / "Title").
            if (string.IsNullOrWhiteSpace(title) || titleLine.IsPlaceholder)
            {
                title = null;
            }

            var summary = new StringBuilder();
            while (i < lines.Count && lines[i].Marker == LineMarker.None && lines[i].Indent > titleLine.Indent && lines[i].Indent >= 2)
            {
                if (!lines[i].IsPlaceholder)
                {
                    if (title is null)
                    {
                        title = lines[i].Text;
                    }
                    else
                    {
                        summary.Append(summary.Length > 0 ? " " : string.Empty).Append(lines[i].Text);
                    }
                }

                used.Add(i);
                i++;
            }

            if (title is not null && title.Any(char.IsLetter))
            {
                items.Add((new RelatedLink(title, summary.Length > 0 ? summary.ToString() : null, null), used));
            }
        }

        next = i;
        return items;
    }

    private static string? GuessTitle(List<DumpLine> preRun, List<DumpLine> all)
    {
        // The headline is usually the last capitalized line of a few words before the body, often shown twice.
        var candidates = preRun.Skip(Math.Max(0, preRun.Count - 25))
            .Where(l => l.Marker == LineMarker.None && !l.IsPlaceholder && l.ChromeReason is null && l.Words is >= 3 and <= 30
                        && !l.Text.EndsWith('.') && DatePatterns.Plausible.First(l.Text) is null && BylineParser.Parse(l.Text) is null)
            .ToList();
        var repeated = candidates.LastOrDefault(l => all.Count(o => o.Text == l.Text) > 1 && l.Words >= 4);
        return (repeated ?? candidates.LastOrDefault(l => l.Words >= 4))?.Text;
    }

    private static string? GuessDate(List<DumpLine> preRun)
    {
        foreach (var line in preRun.Skip(Math.Max(0, preRun.Count - 30)).Where(l => l.Text.Length <= 120))
        {
            if (DatePatterns.Plausible.First(line.Text) is { } date)
            {
                return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static List<string> GuessAuthors(List<DumpLine> preRun)
    {
        // "Jane Doe - Nov 19, 2019" (a name, then a date) or "5:45 AM PST 11/19/2019 by Jane Doe" (a date, then a
        // byline) on a short line near the body.
        foreach (var line in preRun.Skip(Math.Max(0, preRun.Count - 15)).Where(l => l.Text.Length <= 100 && l.Marker == LineMarker.None))
        {
            var dash = line.Text.IndexOfAny(['-', '–', '—', '|', '·']);
            if (dash > 3 && DatePatterns.Plausible.First(line.Text[dash..]) is not null && BylineParser.LeadingName(line.Text[..dash]) is { } name && name.Length >= dash - 2)
            {
                return [name];
            }

            var by = line.Text.LastIndexOf(" by ", StringComparison.OrdinalIgnoreCase);
            if (by > 0 && DatePatterns.Plausible.First(line.Text[..by]) is not null && BylineParser.Parse(line.Text[(by + 1)..]) is { } names)
            {
                return [.. names];
            }
        }

        return [];
    }
}
