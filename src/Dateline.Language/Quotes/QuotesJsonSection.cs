using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Language.Quotes;

/// <summary>`quotes`: [{start, end, text, kind, cue, speakerMention {start, end} or null, speaker (entity id) or null}].</summary>
public sealed class QuotesJsonSection : IJsonSection
{
    public void Write(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartArray("quotes");
        foreach (var q in document.Layer<Quote>())
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", q.Span.Start);
            writer.WriteNumber("end", q.Span.End);
            writer.WriteString("text", document.TextOf(q.Span));
            writer.WriteString("kind", q.Kind.ToString().ToLowerInvariant());
            ArticleJsonWriter.WriteNullable(writer, "cue", q.Cue);
            if (q.SpeakerMention is { } s)
            {
                writer.WritePropertyName("speakerMention");
                ArticleJsonWriter.WriteSpan(writer, s);
                writer.WriteString("speakerText", document.TextOf(s));
            }
            else
            {
                writer.WriteNull("speakerMention");
            }

            ArticleJsonWriter.WriteNullable(writer, "speaker", q.SpeakerId);

            // The speaker's name: the entity's canonical name, else the words of the mention.
            var entity = q.SpeakerId is { } id ? document.Entities.FirstOrDefault(e => e.Id == id) : null;
            ArticleJsonWriter.WriteNullable(writer, "speakerName", entity?.Name ?? (q.SpeakerMention is { } m ? document.TextOf(m) : null));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
