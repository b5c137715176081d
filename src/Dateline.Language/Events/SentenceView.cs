using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Language.Quotes;
using Dateline.Language.Resolution;
using Dateline.Language.Tagging;
using Dateline.Language.Tokens;

namespace Dateline.Language.Events;

/// <summary>One sentence as the event extractor reads it: its words (lower-cased once), and the entity mention each word belongs to.</summary>
internal sealed class SentenceView
{
    private readonly string _text;
    // The word arrays are the thread's (Buffers), reused from sentence to sentence: a view lives while its sentence is
    // coded (EventExtractor.Process makes one at a time and keeps none), and only its first _count entries are its own.
    private readonly int _count;
    private readonly TextSpan[] _spans;
    private readonly string[] _lower;
    private readonly int[] _mentionAt;
    private readonly PartOfSpeech[] _tags;
    private readonly List<EntityMention> _mentions = [];
    private readonly List<bool> _isPart = [];

    public SentenceView(string text, TextSpan sentence, ReadOnlySpan<Token> tokens, ReadOnlySpan<TaggedToken> tags, ReadOnlySpan<EntityMention> mentionsFrom, ReadOnlySpan<Quote> quotes, EntityLookup lookup)
    {
        var buffers = t_buffers ??= new Buffers();
        buffers.Ensure(tokens.Length);
        _count = tokens.Length;
        _tags = buffers.Tags;
        for (int i = 0; i < tokens.Length; i++)
        {
            _tags[i] = i < tags.Length && tags[i].Span == tokens[i].Span ? tags[i].Tag : PartOfSpeech.Other;
        }

        _text = text;
        Sentence = sentence;
        Lookup = lookup;
        _spans = buffers.Spans;
        _lower = buffers.Lower;
        _mentionAt = buffers.MentionAt;
        for (int i = 0; i < tokens.Length; i++)
        {
            _spans[i] = tokens[i].Span;
            _mentionAt[i] = -1;
        }

        // the words lower-cased, ’ as ' ("’s" → "'s", "n’t" → "n't"), one string per distinct word (LowerWords)
        LowerWords.OfEach(text, _spans.AsSpan(0, _count), _lower);

        // "the rebels' attack", "protesters' demands": a plural's possessive apostrophe (the tagger's POS, right after a
        // word ending in s) reads as "'s" does, so every possessor rule covers it
        for (int i = 1; i < tokens.Length; i++)
        {
            if (_lower[i] == "'" && _tags[i] == PartOfSpeech.POS && _spans[i].Start == _spans[i - 1].End && _lower[i - 1].EndsWith('s'))
            {
                _lower[i] = "'s";
            }
        }

        List<int>? words = null;
        foreach (var m in mentionsFrom)
        {
            if (m.Span.Start >= sentence.End)
            {
                break;
            }

            // one list for every mention: Parts' parts are read before the next mention's words are
            (words ??= []).Clear();
            for (int i = 0; i < _count; i++)
            {
                if (m.Span.Contains(_spans[i]) && _mentionAt[i] < 0)
                {
                    words.Add(i);
                }
            }

            if (!HasInnerAnd(words))
            {
                int whole = _mentions.Count;
                _mentions.Add(m);
                _isPart.Add(false);
                foreach (var i in words)
                {
                    _mentionAt[i] = whole;
                }

                continue; // Parts would yield the mention whole
            }

            foreach (var part in Parts(m, words))
            {
                int index = _mentions.Count;
                _mentions.Add(part.Mention);
                _isPart.Add(!ReferenceEquals(part.Mention, m));
                foreach (var i in part.Words)
                {
                    _mentionAt[i] = index;
                }
            }
        }

        Reported = ReportedClauses(quotes);
    }

    /// <summary>
    /// The mention, or for countries the recognizer joined into one name ("Honduras and Nicaragua") its parts around
    /// "and" and commas, each a mention of its own without an entity id. A country whose name holds "and" ("Bosnia and
    /// Herzegovina") stays whole, and so does any name whose parts are not all countries ("Procter and Gamble").
    /// </summary>
    private IEnumerable<(EntityMention Mention, List<int> Words)> Parts(EntityMention m, List<int> words)
    {
        int and = FirstAnd(words);
        var gazetteer = GeoGazetteer.Default;
        if (and <= 0 || and == words.Count - 1 || gazetteer.CountryByName(Text(words)) is not null)
        {
            yield return (m, words);
            yield break;
        }

        var parts = new List<List<int>> { new() };
        foreach (var i in words)
        {
            if (_lower[i] is "and" or ",")
            {
                parts.Add([]);
            }
            else
            {
                parts[^1].Add(i);
            }
        }

        if (parts.Exists(p => p.Count == 0 || gazetteer.CountryByName(Text(p)) is null))
        {
            yield return (m, words);
            yield break;
        }

        foreach (var part in parts)
        {
            yield return (m with { Span = new TextSpan(_spans[part[0]].Start, _spans[part[^1]].End), EntityId = null }, part);
        }
    }

    /// <summary>The index in <paramref name="words"/> of the first "and", or -1.</summary>
    private int FirstAnd(List<int> words)
    {
        for (int k = 0; k < words.Count; k++)
        {
            if (_lower[words[k]] == "and")
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether an "and" stands inside the words (not first, not last): only then may <see cref="Parts"/> split the mention.</summary>
    private bool HasInnerAnd(List<int> words) => FirstAnd(words) is var and && and > 0 && and < words.Count - 1;

    private string Text(List<int> words) => _text[_spans[words[0]].Start.._spans[words[^1]].End];

    public TextSpan Sentence { get; }

    public EntityLookup Lookup { get; }

    public int Count => _count;

    /// <summary>The reported clauses of the sentence's quotations whose speaker the sentence names ("Police say gunmen attacked …").</summary>
    public IReadOnlyList<ReportedClause> Reported { get; }

    /// <summary>The sentence's quotations with a speaker inside it, as word ranges: the speaker's last word, then the quoted words.</summary>
    private List<ReportedClause> ReportedClauses(ReadOnlySpan<Quote> quotes)
    {
        var reported = new List<ReportedClause>();
        foreach (var q in quotes)
        {
            if (q.SpeakerMention is not { } speaker || !Sentence.Contains(q.Span) || !Sentence.Contains(speaker))
            {
                continue;
            }

            int first = -1, last = -1, speakerLast = -1;
            for (int i = 0; i < _count; i++)
            {
                if (first < 0 && _spans[i].Start >= q.Span.Start)
                {
                    first = i;
                }

                if (_spans[i].End <= q.Span.End)
                {
                    last = i;
                }

                if (_spans[i].End <= speaker.End)
                {
                    speakerLast = i;
                }
            }

            if (first >= 0 && last >= first && speakerLast >= 0 && speakerLast < first)
            {
                reported.Add(new ReportedClause(speakerLast, first, last));
            }
        }

        return reported;
    }

    public string Lower(int i) => i >= 0 && i < _count ? _lower[i] : string.Empty;

    public TextSpan Span(int i) => (uint)i < (uint)_count ? _spans[i] : throw new IndexOutOfRangeException();

    /// <summary>The text of a span of the sentence, as written.</summary>
    public string Text(TextSpan span) => _text.Substring(span.Start, span.Length);

    /// <summary>The part of speech of word <paramref name="i"/> (the tagger's), or <see cref="PartOfSpeech.Other"/> outside the sentence.</summary>
    public PartOfSpeech Tag(int i) => i >= 0 && i < _count ? _tags[i] : PartOfSpeech.Other;

    /// <summary>The index of the mention word <paramref name="i"/> belongs to, or -1.</summary>
    public int MentionAt(int i) => i >= 0 && i < _count ? _mentionAt[i] : -1;

    public TextSpan MentionSpan(int mention) => _mentions[mention].Span;

    public string? MentionEntity(int mention) => _mentions[mention].EntityId;

    /// <summary>Whether the mention is a part of a joined name ("Nicaragua" of "Honduras and Nicaragua"): the joined name's entity is not its own.</summary>
    public bool IsMentionPart(int mention) => _isPart[mention];

    public EntityLabel MentionLabel(int mention) => _mentions[mention].Label;

    public bool IsWord(int i) => i >= 0 && i < _count && char.IsLetterOrDigit(_text[_spans[i].Start]);

    public bool IsCapitalized(int i) => i >= 0 && i < _count && char.IsUpper(_text[_spans[i].Start]);

    public bool IsNumber(int i) => i >= 0 && i < _count && char.IsDigit(_text[_spans[i].Start]);

    [ThreadStatic]
    private static Buffers? t_buffers;

    /// <summary>The thread's word arrays, grown to the longest sentence seen (doubling).</summary>
    private sealed class Buffers
    {
        public TextSpan[] Spans = [];
        public string[] Lower = [];
        public int[] MentionAt = [];
        public PartOfSpeech[] Tags = [];

        public void Ensure(int n)
        {
            if (Spans.Length >= n)
            {
                return;
            }

            int size = Math.Max(n, Math.Max(64, Spans.Length * 2));
            Spans = new TextSpan[size];
            Lower = new string[size];
            MentionAt = new int[size];
            Tags = new PartOfSpeech[size];
        }
    }
}

/// <summary>A quotation inside a sentence as word indices: the speaker's last word, then the quoted words (first to last).</summary>
internal readonly record struct ReportedClause(int SpeakerLast, int First, int Last);
