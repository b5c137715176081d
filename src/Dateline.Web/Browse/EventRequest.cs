using Dateline.Store.Queries;

namespace Dateline.Web.Browse;

/// <summary>A validated event list request: the store's query and the page wanted.</summary>
public sealed record EventRequest(EventQuery Query, int Page)
{
    /// <summary>Reads the parameters of /api/events; problems go to <paramref name="errors"/>.</summary>
    public static EventRequest Read(EventParameters p, WebOptions options, ParameterErrors errors)
    {
        var codes = EventVocabulary.Of(options.Layers);
        var query = new EventQuery
        {
            Type = errors.Code("type", p.Type, codes.Types),
            Mode = errors.Code("mode", p.Mode, codes.Modes),
            Source = errors.Text("source", p.Source, 200),
            Target = errors.Text("target", p.Target, 200),
            Entity = errors.Text("entity", p.Entity, 200),
            From = errors.Date("from", p.From),
            To = errors.Date("to", p.To),
        };
        errors.Range(query.From, query.To);
        return new EventRequest(query, errors.Int("page", p.Page, 1, 1, int.MaxValue / Math.Max(1, options.PageSize)));
    }
}
