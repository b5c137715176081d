using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Language.Quotes;

/// <summary>
/// `quotes`: [{start, end, text, kind, cue, speakerMention {start, end} or null, speakerText, speaker, speakerName}].
/// `speaker` is the entity id, or null when the mention names no entity ("a campaign aide"); with
/// <paramref name="unresolvedSpeakerAsName"/> it is then the mention's words instead, as the scoreboard's pair F1 reads it.
/// </summary>
public sealed class QuotesJsonSection(bool unresolvedSpeakerAsName = false) : IJsonSection
{
    public void Write(Utf8JsonWriter writer, Document document)
    {
        writer.WriteStartArray("quotes");
        foreach (var q in document.Layer<Quote>())
        {
            writer.WriteStartObject();
            ArticleJsonWriter.WriteSpanFields(writer, document, q.Span);
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

            var unresolved = unresolvedSpeakerAsName && q.SpeakerMention is { } sm ? document.TextOf(sm) : null;
            ArticleJsonWriter.WriteNullable(writer, "speaker", q.SpeakerId ?? unresolved);

            // The speaker's name: the entity's canonical name, else the words of the mention.
            var entity = q.SpeakerId is { } id ? document.Entities.FirstOrDefault(e => e.Id == id) : null;
            ArticleJsonWriter.WriteNullable(writer, "speakerName", entity?.Name ?? (q.SpeakerMention is { } m ? document.TextOf(m) : null));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
