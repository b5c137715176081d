using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Core.Layers.RemovedBlocks;

/// <summary>`removed`: [{text, reason}], the chrome the extractor dropped; on the page, a folded list below the text.</summary>
public sealed class RemovedBlocksLayer : Layer<RemovedBlock>
{
    private RemovedBlocksLayer()
        : base("removed")
    {
    }

    public static RemovedBlocksLayer Instance { get; } = new();

    public override StoredTable Table { get; } = new("removed_blocks", StoredColumn.Text("text"), StoredColumn.Text("reason"));

    public override PagePanel Panel(Document document)
        => new("Removed page chrome", PanelPlace.Below, [.. document.Removed.Select(r => new PanelItem(
            new PageText(r.Reason) { Class = "reason" },
            new PageText(" "),
            new PageText(r.Text)))])
        {
            Class = "removed",
            Summary = $"Removed page chrome ({document.Removed.Length} block(s))",
            EmptyText = "No removed blocks are kept for this article.",
        };

    protected override void WriteRecord(Utf8JsonWriter writer, RemovedBlock record, ArticleJsonContext context)
    {
        writer.WriteString("text", record.Text);
        writer.WriteString("reason", record.Reason);
    }

    protected override RemovedBlock ReadRecord(JsonElement json, Document document)
        => new(JsonFields.RequiredString(json, "text"), JsonFields.RequiredString(json, "reason"));

    protected override object?[] ToRow(RemovedBlock record, Document document) => [record.Text, record.Reason];

    protected override RemovedBlock FromRow(StoredRow row, Document document) => new(row.RequiredText(0), row.RequiredText(1));
}
