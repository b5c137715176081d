using AngleSharp.Dom;
using Dateline.Core.Layers.RelatedLinks;
using Dateline.Core.Layers.RemovedBlocks;
using Dateline.Core.Model;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Html;

/// <summary>
/// The body cascade: clean with class hints and score; when that under-delivers, restore the page and score with the hints
/// off; when that still under-delivers, clean the page's text dump line by line. The longest sane result wins.
/// </summary>
public sealed class BodyExtractor
{
    private readonly HtmlExtractionOptions _options;
    private readonly TreeCleaner _cleaner;
    private readonly ContentScorer _scorer;
    private readonly BlockFilter _filter;
    private readonly TextDumpCleaner _dumpCleaner;

    public BodyExtractor(HtmlExtractionOptions? options = null, TextDumpCleaner? dumpCleaner = null)
    {
        _options = options ?? HtmlExtractionOptions.Default;
        _cleaner = new TreeCleaner(_options);
        _scorer = new ContentScorer(_options);
        _filter = new BlockFilter(_options);
        _dumpCleaner = dumpCleaner ?? new TextDumpCleaner();
    }

    /// <summary>
    /// Extracts the body. <paramref name="page"/> is cleaned in place for each pass and put back as parsed between passes
    /// (<see cref="RemovedNodes"/>), so a page is parsed once however many passes it takes; it is left cleaned.
    /// </summary>
    public HtmlBody Extract(IDocument page, string? title, CancellationToken cancellation = default, string? description = null)
    {
        var undo = new RemovedNodes();
        var first = Pass(page, useHints: true, title, description, undo, cancellation);
        if (first.Chars >= _options.RetryWithoutHintsBelowChars)
        {
            return first;
        }

        // A short body may be a box the class hints favoured (a sidebar, a slideshow) beside the article: a body much
        // longer found without the hints, and not holding the short one (that is the article with its surroundings:
        // comments, other posts), wins.
        undo.Restore();
        var second = Pass(page, useHints: false, title, description, undo, cancellation);
        if (first.Chars >= _options.MinBodyChars)
        {
            // A standfirst both passes open with (the one the page's description names) does not make them one text.
            var shared = first.OpensWithDescribedLead && second.OpensWithDescribedLead && first.Paragraphs.Count > 0 && second.Paragraphs.Count > 0
                && first.Paragraphs[0] == second.Paragraphs[0] ? 1 : 0;
            var beside = !second.Paragraphs.Skip(shared).Any(p => first.Paragraphs.Skip(shared).Contains(p, StringComparer.Ordinal));
            return beside && second.Chars >= first.Chars * _options.RetryWithoutHintsGain ? second : first;
        }

        var best = second.Chars > first.Chars ? second : first;
        if (best.Chars >= _options.MinBodyChars)
        {
            return best;
        }

        undo.Restore();
        var dump = _dumpCleaner.Clean(HtmlTextRenderer.Render(page), cancellation, new DescribedOpening(description, _options.DescribedOpeningMinChars));
        var third = new HtmlBody(ExtractionStage.TextDump, dump.Paragraphs, dump.Removed) { Related = dump.Related };
        return third.Chars > best.Chars ? third : best;
    }

    private HtmlBody Pass(IDocument page, bool useHints, string? title, string? description, RemovedNodes undo, CancellationToken cancellation)
    {
        var stage = useHints ? ExtractionStage.Scored : ExtractionStage.ScoredWithoutHints;
        if (page.Body is not { } body)
        {
            return new HtmlBody(stage, [], []);
        }

        var removed = new List<RemovedBlock>();
        var related = new List<RelatedLink>();
        _cleaner.Clean(body, useHints, removed, related, undo);
        cancellation.ThrowIfCancellationRequested();
        var selection = _scorer.Select(body, useHints, description);
        cancellation.ThrowIfCancellationRequested();
        if (selection is null)
        {
            return new HtmlBody(stage, [], removed) { Related = related };
        }

        var filtered = _filter.Filter(BlockCollector.Collect(LeadHeader.Prepend(selection.Elements, _options.LeadHeaderLevels)), title, cancellation, description);
        removed.AddRange(filtered.Removed);
        return new HtmlBody(stage, filtered.Paragraphs, removed) { Related = related, OpensWithDescribedLead = selection.OpensWithDescribedLead };
    }
}
