using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Extraction;

/// <summary>
/// The last extraction stage: a page whose clean text is empty (or holds nothing visible: white space, zero-width or
/// control characters) is a failure of kind <c>empty-after-cleaning</c>, with what was removed, not an article without
/// text (every input ends as an article with text, a failure or a skip).
/// </summary>
public sealed class CleanTextCheck : IPipelineComponent
{
    public string Name => "clean-text-check";

    public IReadOnlyList<Capability> Requires => [Capability.Text];

    public IReadOnlyList<Capability> Assigns => [];

    public Document Process(Document document, ProcessingContext context)
    {
        // Text is what a reader can see: letters, digits, punctuation or symbols (zero-width and control characters are not).
        foreach (var c in document.Text)
        {
            if (char.IsLetterOrDigit(c) || char.IsPunctuation(c) || char.IsSymbol(c))
            {
                return document;
            }
        }

        var removed = document.Removed;
        var reasons = removed.GroupBy(r => r.Reason).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}");
        var what = removed.IsEmpty
            ? "the page held no text the cleaner could keep"
            : $"the cleaner removed every block it found ({string.Join(", ", reasons)})";
        // The failure is all that is kept of the document, so what it was warned of (a cut input, a charset) goes with it.
        var warned = document.Warnings.IsEmpty ? string.Empty : $" (warnings: {string.Join("; ", document.Warnings)})";
        throw new DocumentException(ErrorKinds.EmptyAfterCleaning, $"{document.Source}: no article text is left: {what}{warned}");
    }
}
