using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Core.Layers.Comments;

/// <summary>
/// `comments`: [{author, published, text}], what readers wrote in the page's comment section (never part of `text`);
/// on the page, a folded list below the article.
/// </summary>
public sealed class CommentsLayer : Layer<ReaderComment>
{
    private CommentsLayer()
        : base("comments")
    {
    }

    public static CommentsLayer Instance { get; } = new();

    public override StoredTable Table { get; } = new("comments", StoredColumn.Text("author"), StoredColumn.Text("published"), StoredColumn.Text("text"));

    public override PagePanel? Panel(Document document)
    {
        var comments = document.Layer<ReaderComment>();
        return comments.IsEmpty
            ? null
            : new PagePanel("Reader comments", PanelPlace.Below, [.. comments.Select(c => new PanelItem(
                new PageText(c.Author ?? "(no name)") { Class = "author" },
                new PageText(c.Published is null ? string.Empty : " " + c.Published) { Class = "muted" },
                new PageText(c.Text) { OwnLine = true }))])
            {
                Class = "comments",
                Summary = $"Reader comments ({comments.Length})",
            };
    }

    protected override void WriteRecord(Utf8JsonWriter writer, ReaderComment record, ArticleJsonContext context)
    {
        JsonFields.WriteNullable(writer, "author", record.Author);
        JsonFields.WriteNullable(writer, "published", record.Published);
        writer.WriteString("text", record.Text);
    }

    protected override ReaderComment ReadRecord(JsonElement json, Document document)
        => new(JsonFields.String(json, "author"), JsonFields.String(json, "published"), JsonFields.RequiredString(json, "text"));

    protected override object?[] ToRow(ReaderComment record, Document document) => [record.Author, record.Published, record.Text];

    protected override ReaderComment FromRow(StoredRow row, Document document) => new(row.Text(0), row.Text(1), row.RequiredText(2));
}
