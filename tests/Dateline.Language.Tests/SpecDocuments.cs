using System.Collections.Immutable;
using Dateline.Core.Model;

namespace Dateline.Language.Tests;

/// <summary>
/// Builds a document from a spec case, with a hand-made entity layer from its "entity:" lines
/// ("entity: E1 | PERSON | Najla Mangoush | Mangoush; The Libyan foreign minister; she"): every occurrence of each
/// mention text becomes an EntityMention of that entity, as the entity layer of issue 4 would give.
/// </summary>
public static class SpecDocuments
{
    public static Document Build(SpecCase c)
    {
        var doc = Document.FromText(c.Title, c.Text, new ArticleMetadata { Published = c.Dct });
        var entities = new List<Entity>();
        var mentions = new List<EntityMention>();
        foreach (var line in c.All("entity"))
        {
            var p = SpecFile.Parts(line);
            var spans = new List<TextSpan>();
            foreach (var mention in p[3].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                foreach (var at in Occurrences(c.Text, mention))
                {
                    spans.Add(new TextSpan(at, at + mention.Length));
                    mentions.Add(new EntityMention(new TextSpan(at, at + mention.Length), p[1]) { EntityId = p[0] });
                }
            }

            entities.Add(new Entity(p[0], p[2], p[1]) { Mentions = [.. spans.OrderBy(s => s.Start)] });
        }

        if (entities.Count > 0)
        {
            doc = doc.WithLayer([.. mentions.OrderBy(m => m.Span.Start)]).WithCollection(entities.ToImmutableArray());
        }

        return doc;
    }

    /// <summary>Whole-word occurrences of a phrase.</summary>
    public static IEnumerable<int> Occurrences(string text, string phrase)
    {
        for (int i = text.IndexOf(phrase, StringComparison.Ordinal); i >= 0; i = text.IndexOf(phrase, i + 1, StringComparison.Ordinal))
        {
            bool left = i == 0 || !char.IsLetterOrDigit(text[i - 1]);
            bool right = i + phrase.Length >= text.Length || !char.IsLetterOrDigit(text[i + phrase.Length]);
            if (left && right)
            {
                yield return i;
            }
        }
    }
}
