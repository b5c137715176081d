using System.Text.Json;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Output;
using Dateline.Language.Quotes.Speakers;

namespace Dateline.Language.Quotes;

/// <summary>
/// `quotes`: [{start, end, text, kind, cue, cueSpan, speakerMention {start, end} or null, speakerText, speaker,
/// speakerName, speakerKind, speakerOrganization}]. <c>speaker</c> is the entity id; for a speaker described but not
/// named ("a campaign aide") an unnamed speaker's id ("unnamed-1") that no entity has; null when the text does not
/// tell who speaks. <c>speakerName</c> is the entity's name, else the mention's words (for a relative "who", the
/// phrase it stands for); <c>speakerKind</c> is name,
/// description or pronoun; <c>speakerOrganization</c> the entity id of the organisation an unnamed speaker's
/// description names. On the page, quotes are marked in the text with their speaker after them, and listed beside it.
/// </summary>
public sealed class QuotesLayer : Layer<Quote>
{
    private QuotesLayer()
        : base("quotes")
    {
    }

    public static QuotesLayer Instance { get; } = new();

    public override StoredTable Table { get; } = new(
        "quotes",
        StoredColumn.OwnSpan,
        StoredColumn.Text("kind"),
        StoredColumn.Text("cue"),
        StoredColumn.Span("cue"),
        StoredColumn.Span("speaker"),
        StoredColumn.EntityRef("speaker"),
        StoredColumn.Text("speaker_kind"),
        StoredColumn.EntityRef("speaker_organization"));

    public override int MarkOrder => 10;

    public override IReadOnlyList<LegendEntry> Legend { get; } = [new("quote", "quote")];

    public override PagePanel? Panel(Document document)
    {
        var quotes = document.Layer<Quote>();
        return quotes.IsEmpty
            ? null
            : new PagePanel("Quotes", PanelPlace.Side, [.. quotes.Select(q =>
            {
                var speaker = SpeakerName(document, q);
                return new PanelItem(
                    new PageText(document.TextOf(q.Span)) { Class = "quote-text" },
                    q.SpeakerId is { } id && document.EntityName(id) is not null
                        ? new PageText("— " + (speaker ?? "speaker")) { Class = "speaker", Link = PageLink.Entity(id) }
                        : new PageText(speaker is null ? string.Empty : "— " + speaker) { Class = "speaker" });
            })])
            { Class = "quotes" };
    }

    /// <summary>
    /// The entity's name, else the mention's words; a pronoun standing for a described speaker ("He said" after "A
    /// Sussex Police spokesman said") is named by the description, the words of a quote of that speaker that are no pronoun.
    /// </summary>
    internal static string? SpeakerName(Document document, Quote q)
    {
        if (document.EntityName(q.SpeakerId) is { } name)
        {
            return name;
        }

        // "the officials, who added that …": the relative pronoun is named by the phrase it stands for
        if (q.SpeakerAntecedent is { } antecedent)
        {
            return document.TextOf(antecedent);
        }

        if (q is { SpeakerKind: SpeakerKind.Pronoun, SpeakerId: { } id }
            && document.Layer<Quote>().FirstOrDefault(o => o.SpeakerId == id && o.SpeakerKind != SpeakerKind.Pronoun && o.SpeakerMention is not null) is { } described)
        {
            return document.TextOf(described.SpeakerAntecedent ?? described.SpeakerMention!.Value);
        }

        return q.SpeakerMention is { } m ? document.TextOf(m) : null;
    }

    protected override void WriteRecord(Utf8JsonWriter writer, Quote record, ArticleJsonContext context)
    {
        var document = context.Document;
        JsonFields.WriteSpanFields(writer, document, record.Span);
        writer.WriteString("kind", Kind(record.Kind));
        JsonFields.WriteNullable(writer, "cue", record.Cue);
        JsonFields.WriteSpan(writer, "cueSpan", record.CueSpan);
        JsonFields.WriteSpan(writer, "speakerMention", record.SpeakerMention);
        if (record.SpeakerMention is { } s)
        {
            writer.WriteString("speakerText", document.TextOf(s));
        }

        context.WriteEntityRef(writer, "speaker", record.SpeakerId);
        JsonFields.WriteNullable(writer, "speakerName", SpeakerName(document, record));
        JsonFields.WriteNullable(writer, "speakerKind", record.SpeakerKind is { } k ? SpeakerKindName(k) : null);
        context.WriteEntityRef(writer, "speakerOrganization", record.SpeakerOrganizationId);
    }

    protected override Quote ReadRecord(JsonElement json, Document document)
        => new(JsonFields.ReadSpan(json), ParseKind(JsonFields.RequiredString(json, "kind")))
        {
            Cue = JsonFields.String(json, "cue"),
            CueSpan = JsonFields.OptionalSpan(json, "cueSpan"),
            SpeakerMention = JsonFields.OptionalSpan(json, "speakerMention"),
            SpeakerId = JsonFields.String(json, "speaker"),
            SpeakerKind = ParseSpeakerKind(JsonFields.String(json, "speakerKind")),
            SpeakerOrganizationId = JsonFields.String(json, "speakerOrganization"),
        };

    protected override object?[] ToRow(Quote record, Document document)
        => [record.Span, Kind(record.Kind), record.Cue, record.CueSpan, record.SpeakerMention, record.SpeakerId, record.SpeakerKind is { } k ? SpeakerKindName(k) : null, record.SpeakerOrganizationId];

    protected override Quote FromRow(StoredRow row, Document document)
        => new(row.RequiredSpan(0), ParseKind(row.RequiredText(1)))
        {
            Cue = row.Text(2),
            CueSpan = row.Span(3),
            SpeakerMention = row.Span(4),
            SpeakerId = row.EntityRef(5),
            SpeakerKind = ParseSpeakerKind(row.Text(6)),
            SpeakerOrganizationId = row.EntityRef(7),
        };

    protected override InlineMark Mark(Quote record, Document document)
    {
        var kind = Kind(record.Kind);
        var speaker = document.EntityName(record.SpeakerId);
        return new InlineMark(record.Span, "quote quote-" + kind)
        {
            Title = $"Quote ({kind}) by {speaker ?? "unknown speaker"}{(record.Cue is null ? string.Empty : " — cue: " + record.Cue)}",
            Data = [new("speaker", speaker ?? string.Empty)],
            After = record.SpeakerId is { } id && speaker is not null ? new PageText("— " + speaker) { Class = "speaker", Link = PageLink.Entity(id) } : null,
        };
    }

    /// <summary>The kind as the contract writes it: direct, mixed, indirect.</summary>
    private static string Kind(QuoteKind kind) => kind.ToString().ToLowerInvariant();

    private static string SpeakerKindName(SpeakerKind kind) => kind.ToString().ToLowerInvariant();

    private static SpeakerKind? ParseSpeakerKind(string? kind)
        => kind is null ? null
            : Enum.TryParse<SpeakerKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : throw new FormatException($"'{kind}' is not a speaker kind (name, description, pronoun)");

    private static QuoteKind ParseKind(string kind)
        => Enum.TryParse<QuoteKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : throw new FormatException($"'{kind}' is not a quote kind (direct, mixed, indirect)");
}
