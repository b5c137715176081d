using System.Collections.Immutable;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;

namespace Dateline.Language.Works;

/// <summary>Adds the <see cref="QuotedTitle"/> layer: the quoted titles of works of the text, found once for every later layer.</summary>
public sealed class QuotedTitlesComponent : IPipelineComponent
{
    public string Name => "titles";

    public IReadOnlyList<Capability> Requires { get; } = [];

    public IReadOnlyList<Capability> Assigns { get; } = [QuotedTitlesLayer.Instance];

    public Document Process(Document document, ProcessingContext context)
    {
        var spans = QuotedTitles.Find(document.Text);
        var titles = ImmutableArray.CreateBuilder<QuotedTitle>(spans.Count);
        foreach (var span in spans)
        {
            titles.Add(new QuotedTitle(span));
        }

        return document.WithLayer(titles.MoveToImmutable());
    }
}
