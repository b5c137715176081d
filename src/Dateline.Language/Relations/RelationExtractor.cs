using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Resolution;
using Dateline.Language.Sentences;

namespace Dateline.Language.Relations;

/// <summary>
/// Finds who backs and who opposes whom, with the patterns of Data/relation-patterns.txt: passive ("X was backed by
/// A, B and C"), support ("X had the support of A and B"), active ("A backs X", "A was among the powers backing X")
/// and compound ("an A-backed X"). Coordinated actors give one relation each. Actors become entity ids through the
/// entity layer; a relation needs its subject to be an entity, its object may be a party without a name.
/// </summary>
public sealed class RelationExtractor : IPipelineComponent
{
    private static readonly Lazy<(IReadOnlyList<RelationPattern> Patterns, IReadOnlySet<string> Proxies, IReadOnlySet<string> Stops)> Data = new(() => (
        [.. ResourceText.Rows("relation-patterns.txt").Select(r => new RelationPattern(RelationTypes.Parse(r[0]), r[1], new Regex(
            (r[1] == "compound" ? @"(?<=[\w.])" : @"(?<![\w-])") + r[2] + @"(?![\w])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)))],
        ResourceText.WordSet("relation-proxies.txt"),
        ResourceText.WordSet("relation-stops.txt")));

    public string Name => "relations";

    public IReadOnlyList<Capability> Requires { get; } = [SentencesLayer.Instance, MentionsLayer.Instance, EntitiesLayer.Instance];

    public IReadOnlyList<Capability> Assigns { get; } = [RelationsLayer.Instance];

    public Document Process(Document document, ProcessingContext context)
    {
        var entities = new EntityLookup(document);
        if (entities.IsEmpty)
        {
            return document.WithLayer(ImmutableArray<Relation>.Empty); // actors cannot become entity ids
        }

        var text = document.Text;
        var relations = ImmutableArray.CreateBuilder<Relation>();
        foreach (var sentence in document.Layer<Sentence>().Select(s => s.Span))
        {
            context.ThrowIfCancelled();
            foreach (var pattern in Data.Value.Patterns)
            {
                // Searched within the sentence only: scanning on to the end of the text for each sentence is
                // quadratic on a long document with few cues.
                for (var cue = pattern.Cue.Match(text, sentence.Start, sentence.Length); cue.Success; cue = cue.NextMatch())
                {
                    var cueSpan = new TextSpan(cue.Index, cue.Index + cue.Length);
                    foreach (var r in Relate(text, sentence, pattern, cueSpan, entities))
                    {
                        if (!relations.Any(x => x.SubjectId == r.SubjectId && x.ObjectId == r.ObjectId && x.Type == r.Type && x.Span == r.Span))
                        {
                            relations.Add(r);
                        }
                    }
                }
            }
        }

        return document.WithLayer(relations.ToImmutable());
    }

    private IEnumerable<Relation> Relate(string text, TextSpan sentence, RelationPattern pattern, TextSpan cue, EntityLookup entities)
    {
        TextSpan? subjects;
        TextSpan? obj;
        switch (pattern.Form)
        {
            case "passive":
            case "support":
                obj = PhraseBefore(text, SkipAuxiliariesBack(text, cue.Start, sentence.Start), sentence.Start);
                subjects = PhraseAfter(text, cue.End, sentence.End, list: true);
                break;
            case "compound":
                subjects = WordBefore(text, cue.Start, sentence.Start);
                obj = PhraseAfter(text, cue.End, sentence.End, list: false);
                break;
            default:
                subjects = PhraseBefore(text, SkipAuxiliariesBack(text, cue.Start, sentence.Start), sentence.Start);
                if (subjects is { } s && Regex.IsMatch(text[Math.Max(sentence.Start, s.Start - 7)..s.Start], @"\bamong\s+$", RegexOptions.IgnoreCase))
                {
                    // "Russia was among the foreign powers backing …": the sentence subject
                    subjects = PhraseBefore(text, SkipAuxiliariesBack(text, LastIndexOfWord(text, "among", s.Start, sentence.Start), sentence.Start), sentence.Start);
                }

                obj = PhraseAfter(text, cue.End, sentence.End, list: false);
                break;
        }

        if (subjects is not { } subjectSpan)
        {
            yield break;
        }

        string? objectId = obj is { } o ? ResolveObject(text, o, entities) : null;
        foreach (var actor in SplitList(text, subjectSpan))
        {
            if (entities.Find(actor) is { } subjectId && subjectId != objectId)
            {
                yield return new Relation(sentence, pattern.Type, subjectId, objectId) { SubjectMention = actor, ObjectMention = obj };
            }
        }
    }

    /// <summary>The object's entity; "His campaign" stands for him (the person named last before it).</summary>
    private static string? ResolveObject(string text, TextSpan obj, EntityLookup entities)
    {
        if (entities.Find(obj) is { } id)
        {
            return id;
        }

        var m = Regex.Match(text[obj.Start..obj.End], @"^(?i:his|her|its|their)\s+(?<noun>[\w-]+)$");
        return m.Success && Data.Value.Proxies.Contains(m.Groups["noun"].Value.ToLowerInvariant()) ? entities.LastPersonBefore(obj.Start) : null;
    }

    private static int SkipAuxiliariesBack(string text, int pos, int limit)
    {
        var m = Regex.Match(text[limit..pos], @"(?:\s+(?:was|were|is|are|been|being|be|has|have|had|had\s+been|has\s+been|have\s+been|already|also|reportedly|long|strongly|openly|heavily|with|enjoyed|enjoys|received|receives|won|wins|gained|got|gets))*\s*$", RegexOptions.IgnoreCase);
        return limit + m.Index;
    }

    /// <summary>The phrase ending at <paramref name="end"/>, read leftwards up to a clause boundary.</summary>
    private static TextSpan? PhraseBefore(string text, int end, int limit)
    {
        int pos = end;
        int start = -1;
        int words = 0;
        while (words < 8)
        {
            while (pos > limit && text[pos - 1] == ' ')
            {
                pos--;
            }

            if (pos <= limit || !IsWordChar(text[pos - 1]))
            {
                break;
            }

            int we = pos;
            while (pos > limit && IsWordChar(text[pos - 1]))
            {
                pos--;
            }

            if (Data.Value.Stops.Contains(text[pos..we].ToLowerInvariant()))
            {
                break;
            }

            start = pos;
            words++;
        }

        return start >= 0 ? Trim(text, start, end) : null;
    }

    /// <summary>The phrase after a cue up to the end of the clause; with <paramref name="list"/>, "A, the B and C" is kept whole.</summary>
    private static TextSpan? PhraseAfter(string text, int from, int limit, bool list)
    {
        var region = text[from..limit];
        var m = list
            ? Regex.Match(region, @"^\s*(?<p>[^;:.!?()]+?)(?=\s*(?:[;:.!?()]|,\s*(?:while|whereas|but|which|who|as|with|according)\b|\s+(?:while|whereas|but|which|who|in\s+the|since|after|to)\b|$))")
            : Regex.Match(region, @"^\s*(?<p>[^,;:.!?()]+?)(?=\s*(?:[,;:.!?()]|\s+(?:while|whereas|but|which|who|and|in|on|at|for|to|since|after|with)\b|$))");
        return m.Success && m.Groups["p"].Length > 0 ? Trim(text, from + m.Groups["p"].Index, from + m.Groups["p"].Index + m.Groups["p"].Length) : null;
    }

    private static TextSpan? WordBefore(string text, int end, int limit)
    {
        int pos = end;
        while (pos > limit && (IsWordChar(text[pos - 1]) || text[pos - 1] == '.'))
        {
            pos--;
        }

        return pos < end ? new TextSpan(pos, end) : null;
    }

    /// <summary>"Egypt, the UAE, Russia and France" → Egypt | the UAE | Russia | France.</summary>
    private static IEnumerable<TextSpan> SplitList(string text, TextSpan span)
    {
        int start = span.Start;
        foreach (Match sep in Regex.Matches(text[span.Start..span.End], @"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|as\s+well\s+as)\s+"))
        {
            int s = span.Start + sep.Index;
            if (s > start)
            {
                yield return new TextSpan(start, s);
            }

            start = s + sep.Length;
        }

        if (span.End > start)
        {
            yield return new TextSpan(start, span.End);
        }
    }

    private static int LastIndexOfWord(string text, string word, int before, int limit)
    {
        int i = text.LastIndexOf(word, before - 1, before - limit, StringComparison.OrdinalIgnoreCase);
        return i >= limit ? i : limit;
    }

    private static TextSpan? Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',' or '.'))
        {
            end--;
        }

        return end > start ? new TextSpan(start, end) : null;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '\'' or '\u2019' or '-' or '&';
}
