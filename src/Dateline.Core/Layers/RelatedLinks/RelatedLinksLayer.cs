using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Core.Layers.RelatedLinks;

/// <summary>`related`: [{title, summary, url}], teasers of other stories; on the page, a list of links below the text.</summary>
public sealed class RelatedLinksLayer : Layer<RelatedLink>
{
    private RelatedLinksLayer()
        : base("related")
    {
    }

    public static RelatedLinksLayer Instance { get; } = new();

    public override StoredTable Table { get; } = new("related_links", StoredColumn.Text("title"), StoredColumn.Text("summary"), StoredColumn.Text("url"));

    public override PagePanel? Panel(Document document)
    {
        var links = document.Related;
        return links.IsEmpty
            ? null
            : new PagePanel("Related", PanelPlace.Below, [.. links.Select(r => new PanelItem(
                new PageText(r.Title) { Link = r.Url is null ? null : PageLink.External(r.Url) },
                new PageText(string.IsNullOrWhiteSpace(r.Summary) ? string.Empty : r.Summary) { Class = "muted", OwnLine = true }))])
            { Class = "related" };
    }

    protected override void WriteRecord(Utf8JsonWriter writer, RelatedLink record, ArticleJsonContext context)
    {
        writer.WriteString("title", record.Title);
        JsonFields.WriteNullable(writer, "summary", record.Summary);
        JsonFields.WriteNullable(writer, "url", record.Url);
    }

    protected override RelatedLink ReadRecord(JsonElement json, Document document)
        => new(JsonFields.RequiredString(json, "title"), JsonFields.String(json, "summary"), JsonFields.String(json, "url"));

    protected override object?[] ToRow(RelatedLink record, Document document) => [record.Title, record.Summary, record.Url];

    protected override RelatedLink FromRow(StoredRow row, Document document) => new(row.RequiredText(0), row.Text(1), row.Text(2));
}
