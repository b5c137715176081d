using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Quotes;
using Dateline.Language.Sentences;
using Dateline.Language.Tagging;
using Dateline.Language.Tokens;
using Dateline.Language.Works;
using Dateline.Language.Scope;

namespace Dateline.Language.Times;

/// <summary>
/// Finds time expressions (TIMEX3 DATE, TIME, DURATION, SET) with the rules of Data/time-rules.txt and normalizes
/// them against the publication date; the tense of the clause decides the direction of underspecified dates, and the
/// part of speech of the verb that governs a bare weekday (<see cref="PosTagsLayer"/>) that weekday's.
/// </summary>
public sealed partial class TimeTagger : IPipelineComponent
{
    private readonly TimexLexicon _lexicon = TimexLexicon.Default;
    private readonly TimexNormalizer _normalizer;
    private readonly TenseGuesser _tense;

    public TimeTagger(TimeTaggerOptions? options = null)
    {
        Options = options ?? TimeTaggerOptions.Default;
        _normalizer = new TimexNormalizer(_lexicon, Options);
        _tense = new TenseGuesser(_lexicon, Options);
    }

    public TimeTaggerOptions Options { get; }

    public string Name => "times";

    public IReadOnlyList<Capability> Requires { get; } = [SentencesLayer.Instance, QuotedTitlesLayer.Instance, QuotedStretchesLayer.Instance, Capability.Metadata, PosTagsLayer.Working];

    public IReadOnlyList<Capability> Assigns { get; } = [TimesLayer.Instance];

    /// <summary>English text only (<see cref="EnglishScope"/>: the metadata's language and the text's script).</summary>
    public bool AppliesTo(Document document) => EnglishScope.Reads(document);

    public Document Process(Document document, ProcessingContext context)
        => document.WithLayer(Tag(
            document.Text, ParseDate(document.Metadata.Published), [.. document.Layer<Sentence>().Select(s => s.Span)], context, QuotedTitles.Of(document),
            [.. document.Layer<QuotedStretch>().Select(q => q.Span)],
            [.. document.Paragraphs.Select(p => p.Span)], document.Layer<TaggedToken>(), document.Metadata.Dateline?.Span));

    /// <summary>
    /// The time expressions of a text whose sentences are given (the tense of the clause is read within its sentence),
    /// in text order. Expressions are chosen first (longest wins); their values are then fixed in text order, against a
    /// narrative reference day that moves to each day the text names (see <see cref="NarrativeTime"/>).
    /// </summary>
    /// <param name="titles">The text's quoted titles of works (<see cref="QuotedTitlesLayer"/>); found in the text when null.</param>
    /// <param name="quotes">The text's quoted stretches, marks included (<see cref="QuotedStretchesLayer"/>); none when null.</param>
    /// <param name="paragraphs">The text's paragraphs; the sentences stand for them when null.</param>
    /// <param name="tags">The text's tokens with their parts of speech (<see cref="PosTagsLayer"/>); without them a bare weekday takes its direction from the tense cues alone.</param>
    /// <param name="dateline">The span of the story's dateline in the text (<see cref="ArticleMetadata.Dateline"/>); a day written in it moves the document date (<see cref="FilingDay"/>).</param>
    public ImmutableArray<TimeExpression> Tag(
        string text, DateOnly? dct, IReadOnlyList<TextSpan> sentences, ProcessingContext? context = null, IReadOnlyList<TextSpan>? titles = null, IReadOnlyList<TextSpan>? quotes = null,
        IReadOnlyList<TextSpan>? paragraphs = null, IReadOnlyList<TaggedToken>? tags = null, TextSpan? dateline = null)
    {
        var candidates = new List<TimexCandidate>();
        var matches = _lexicon.Scanner.Scan(text, context?.Cancellation ?? CancellationToken.None);
        for (int i = 0; i < matches.Length; i++)
        {
            foreach (var m in matches[i])
            {
                if (m.Length > 0)
                {
                    candidates.Add(new TimexCandidate(_lexicon.Rules[i], m));
                }
            }
        }

        // Names that only contain a time ("Super Tuesday", a film called “1917”) block nothing and are no time.
        var notTimes = new List<TextSpan>(titles ?? QuotedTitles.Find(text));
        notTimes.AddRange(_lexicon.NamedDays.Scan(text, context?.Cancellation ?? CancellationToken.None)[0].Select(m => new TextSpan(m.Index, m.Index + m.Length)));
        notTimes.AddRange(MarkupTags.Find(text)); // a tag left in the text is no prose (`<tweet timestamp="1470067200">`)
        var notTimeIndex = SpanIndex.Of(notTimes);

        Func<int, TenseGuesser.TaggedCue>? taggedAt = tags is null ? null : at => TaggedCueAt(text, tags, at);

        // Longest first; an accepted expression blocks every candidate that overlaps it.
        var chosen = new List<ChosenTimex>();
        var chosenSpans = new ChosenSpans();
        foreach (var c in candidates.OrderByDescending(c => c.Match.Length).ThenBy(c => c.Match.Index))
        {
            var span = c.Span;
            if (chosenSpans.AnyOverlaps(span) || notTimeIndex.AnyOverlaps(span))
            {
                continue;
            }

            // a reference word written with a capital inside its sentence is a name: "a newly formed super PAC called
            // Future 45" (unseen news audit 16), NBC's "Today"; "The future", "In the future" are read, and so is a word
            // in capitals for emphasis ("why don't we progress towards this TODAY", Wikinews)
            if (c.Group(TimexGroup.Ref) is { Success: true } reference && reference.Index == span.Start && NamesInside.IsName(text, reference.Index)
                && reference.ValueSpan.ContainsAnyInRange('a', 'z'))
            {
                continue;
            }

            var sentence = TextSpans.IndexContaining(sentences, span.Start) is var si and >= 0 ? sentences[si] : new TextSpan(0, text.Length);
            var tense = _tense.Guess(text, sentence, span, taggedAt);
            if (tense == Tense.Unknown && c.Group(TimexGroup.Month).Success && !c.Group(TimexGroup.Year).Success && !c.Group(TimexGroup.Day).Success
                && !c.Group(TimexGroup.Rel).Success && _tense.DatesAnEvent(text, span))
            {
                // "the Democratic convention in July" told in April, no tense cue: an event set ahead is read at its
                // nearest occurrence, as a present verb reads a month (not the news default of the past one)
                tense = Tense.Present;
            }

            bool scheduled = false;
            if (tags is not null && c.Rule.Id == "date-weekday" && !c.Group(TimexGroup.Rel).Success && !IsPossessive(text, c.Group(TimexGroup.Weekday))
                && GoverningVerb(text, tags, sentence, span) is { } verb)
            {
                scheduled = verb == Tense.Present;
                tense = scheduled ? Tense.Future : tense == Tense.Future ? tense : verb; // "a protest … set for Friday": the cue stands
            }

            if (Normalize(c, dct, tense, null) is not { } value || IsGamePeriod(text, c.Match, value, sentence))
            {
                continue;
            }

            chosen.Add(new ChosenTimex(c, tense, value, scheduled));
            chosenSpans.Add(span);
        }

        if (dateline is { } line && chosen.Where(c => line.Contains(c.Candidate.Span)).MinBy(c => c.Candidate.Span.Start) is { } first)
        {
            dct = FilingDay(first.Value, dct) ?? dct;
        }

        var narrative = new NarrativeTime(text, dct);
        var accepted = new List<TimeExpression>();
        DateOnly? storyDay = null;
        var quoteIndex = quotes is null ? null : SpanIndex.Of(quotes);
        foreach (var c in chosen.OrderBy(c => c.Candidate.Span.Start))
        {
            bool quoted = quoteIndex is not null && quoteIndex.AnyContains(c.Candidate.Span);
            var said = quoted && storyDay is { } sd && dct is { } d && sd == d.AddDays(-1) && IsSpeechDeictic(c.Candidate) ? storyDay : dct;
            var inView = said == dct ? YearInView(narrative, paragraphs ?? sentences, c.Candidate.Span.Start, dct) : null;
            var value = (said == dct ? Normalize(c.Candidate, dct, c.Tense, narrative, inView) : Normalize(c.Candidate, said, c.Tense, null)) ?? c.Value;
            var expression = new TimeExpression(Trim(text, c.Candidate.Span), value.Type, value.Value);
            // the text's own voice wrote the year, or carried it from one it wrote (a year said in a quote is the speaker's)
            bool yearWritten = !quoted && (c.Candidate.Group(TimexGroup.Year).Success
                || (inView is { } y && value.Value.StartsWith(y.ToString("0000", CultureInfo.InvariantCulture), StringComparison.Ordinal)));
            // a quoted "last night" counted from the story's day tells of a day before it; the narrative stays there
            accepted.Add(said == dct ? narrative.Read(narrative.CountedFrom(expression, accepted, sentences), c.Candidate, c.Tense, accepted, yearWritten, movesStory: !c.Scheduled) : expression);
            if (storyDay is null && !quoted && accepted[^1].Value is { Length: >= 10 } v && DateOnly.TryParseExact(v[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                storyDay = day; // the first day the text's own voice names: the day its story happened
            }
        }

        return [.. JoinDurations(text, accepted)];
    }

    /// <summary>
    /// "five years and three months", "three hours and 30 minutes": two durations joined by "and", the larger unit
    /// first, are one length of time (P5Y3M, PT3H30M; unseen news audit 5, issue 17). Neither TimeBank nor AQUAINT
    /// holds such a pair.
    /// </summary>
    private static List<TimeExpression> JoinDurations(string text, List<TimeExpression> expressions)
    {
        for (int i = expressions.Count - 2; i >= 0; i--)
        {
            var (a, b) = (expressions[i], expressions[i + 1]);
            if (a.Type == TimexType.Duration && b.Type == TimexType.Duration
                && text.AsSpan(a.Span.End, Math.Max(0, b.Span.Start - a.Span.End)).SequenceEqual(" and ")
                && JoinedPeriod(a.Value, b.Value) is { } joined)
            {
                expressions[i] = new TimeExpression(new TextSpan(a.Span.Start, b.Span.End), TimexType.Duration, joined);
                expressions.RemoveAt(i + 1);
            }
        }

        return expressions;
    }

    /// <summary>P5Y + P3M → P5Y3M, PT3H + PT30M → PT3H30M, P2D + PT6H → P2DT6H; null unless each is one whole unit and the first is larger.</summary>
    private static string? JoinedPeriod(string? first, string? second)
    {
        const string Units = "YMDHmS"; // ISO 8601 order; weeks do not mix with the others
        static (string Count, int Rank)? Read(string? v)
        {
            var m = v is null ? null : OnePeriod().Match(v);
            if (m is not { Success: true })
            {
                return null;
            }

            var unit = m.Groups["u"].Value[0];
            return (m.Groups["n"].Value, m.Groups["t"].Success ? (unit == 'M' ? 4 : Units.IndexOf(unit, StringComparison.Ordinal)) : Units.IndexOf(unit, StringComparison.Ordinal) is var r and < 3 ? r : -1);
        }

        if (Read(first) is not { } a || Read(second) is not { } b || a.Rank < 0 || b.Rank < 0 || a.Rank >= b.Rank)
        {
            return null;
        }

        string Part((string Count, int Rank) p) => p.Count + char.ToUpperInvariant(Units[p.Rank]);
        return a.Rank >= 3 ? "PT" + Part(a) + Part(b) : b.Rank >= 3 ? "P" + Part(a) + "T" + Part(b) : "P" + Part(a) + Part(b);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^P(?<t>T)?(?<n>\d+)(?<u>[YMDHS])$")]
    private static partial System.Text.RegularExpressions.Regex OnePeriod();

    /// <summary>
    /// The day a wire story was filed: the full day the time layer found first inside its dateline (<paramref name="datelineDate"/>,
    /// the extraction's <see cref="ArticleMetadata.Dateline"/>: "NEW YORK, Dec. 14 (UPI) —") when it lies within <see
    /// cref="TimeTaggerOptions.DatelineDays"/> of the document date but is not that day. The story is told from that day
    /// ("a poll released Monday" in an item of Monday 14 December whose dct is the Sunday before: that Monday; unseen news
    /// audit 10). Null otherwise.
    /// </summary>
    private DateOnly? FilingDay(TimexValue datelineDate, DateOnly? dct)
        => dct is { } d && datelineDate.Type == TimexType.Date && datelineDate.Value is { Length: 10 } day
            && DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var filed)
            && filed != d && Math.Abs(filed.DayNumber - d.DayNumber) <= Options.DatelineDays
                ? filed : null;

    /// <summary>What the tagger read in the word that starts at <paramref name="at"/>, for <see cref="TenseGuesser.Guess"/>.</summary>
    private static TenseGuesser.TaggedCue TaggedCueAt(string text, IReadOnlyList<TaggedToken> tags, int at)
    {
        int k = TaggedToken.FirstStartingAtOrAfter(tags, at);
        if (k >= tags.Count || tags[k].Span.Start != at)
        {
            return TenseGuesser.TaggedCue.None;
        }

        if (tags[k].Tag == PartOfSpeech.JJ)
        {
            return TenseGuesser.TaggedCue.Adjective;
        }

        return tags[k].Tag is PartOfSpeech.VBZ or PartOfSpeech.VBP && k > 0 && tags[k - 1].Tag == PartOfSpeech.NNP
            && text.AsSpan(tags[k].Span.Start, tags[k].Span.End - tags[k].Span.Start) is var w
            && !w.Equals("has", StringComparison.OrdinalIgnoreCase) && !w.Equals("have", StringComparison.OrdinalIgnoreCase) && char.IsLetter(w[0])
            ? TenseGuesser.TaggedCue.PresentAfterName : TenseGuesser.TaggedCue.None;
    }

    /// <summary>
    /// "tonight", "today", "yesterday", "this morning", "last night": words that count from the day they are said. In
    /// a quotation of a story told the day before publication ("a debate here Wednesday night", published Thursday),
    /// they count from that day, not from the publication date (<see cref="Tag"/>; unseen news audits 4 and 5).
    /// </summary>
    private static bool IsSpeechDeictic(TimexCandidate c)
        => c.Group(TimexGroup.Ref).Value.ToLowerInvariant() is "today" or "tonight" or "yesterday" or "tomorrow"
            || (c.Rule.Id == "date-this-part" && c.Group(TimexGroup.Rel).Value.ToLowerInvariant() is "this" or "last" or "tomorrow" or "yesterday");


    /// <summary>
    /// "He scored 12 points in the second quarter": a quarter or half named without a year, in a sentence about play
    /// (<see cref="TimexLexicon.GameCues"/>), is a period of a game, no date.
    /// </summary>
    private bool IsGamePeriod(string text, System.Text.RegularExpressions.Match match, TimexValue value, TextSpan sentence)
    {
        var v = value.Value;
        if (value.Type != TimexType.Date || v.Length != 7 || v[4] != '-' || v[5] is not ('Q' or 'H') || match.ValueSpan.ContainsAny("0123456789")
            || match.ValueSpan.Contains("year", StringComparison.OrdinalIgnoreCase) || match.ValueSpan.Contains("fiscal", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var words = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        var lookup = _lexicon.GameCues;
        Span<char> lower = stackalloc char[24];
        for (int i = 0; i < words.Length;)
        {
            if (!char.IsLetter(words[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < words.Length && (char.IsLetter(words[i]) || (words[i] == '-' && i + 1 < words.Length && char.IsLetter(words[i + 1]))))
            {
                i++;
            }

            var word = words[start..i];
            if (word.Length <= lower.Length && lookup.Contains(lower[..word.ToLowerInvariant(lower)]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The spans of the expressions chosen so far, in text order: none overlaps another, so the spans that end after a
    /// place are the last few that start before it, and whether a candidate overlaps one is a binary search. Asking
    /// every chosen span was quadratic in the expressions of a page: 20,000 dates in a row spent 18 s of the time
    /// stage's 45 s there (profiled; bench/README.md, "Red-team pass, twentieth sitting").
    /// </summary>
    private sealed class ChosenSpans
    {
        private readonly List<TextSpan> _spans = [];

        public void Add(TextSpan span) => _spans.Insert(TextSpans.FirstStartingAtOrAfter(CollectionsMarshal.AsSpan(_spans), span.Start), span);

        public bool AnyOverlaps(TextSpan span)
        {
            // Back from the last span that starts before the candidate ends, to the first that ends at or before its
            // start and is not empty: a non-empty span that does not overlap the one after it ends before it starts.
            for (var i = TextSpans.FirstStartingAtOrAfter(CollectionsMarshal.AsSpan(_spans), span.End) - 1; i >= 0; i--)
            {
                if (_spans[i].Overlaps(span))
                {
                    return true;
                }

                if (!_spans[i].IsEmpty && _spans[i].End <= span.Start)
                {
                    return false;
                }
            }

            return false;
        }
    }

    /// <summary>
    /// The year of the last date the text named (<see cref="NarrativeTime.Mentioned"/>) when the text wrote that year
    /// in its own voice (<see cref="NarrativeTime.MentionedYearWritten"/>: not one the tense guessed, "by March" read as
    /// next March, nor one said in a quote, "“In 2024, the right … will become irreversible” … in March"), it
    /// was named in the paragraph of <paramref name="at"/> or the one before, and it comes after the DCT's year: the text is telling of a
    /// coming year, and a month or day it names without one that the tense would put in the past falls in it
    /// ("Kicking off in June 2020 … the jaunt June 9, 2020 … a hometown show on Sept. 12", a tour's dates listed under
    /// "… Tour 2020 dates:", told in November 2019; unseen news audit 6). Only with a DCT; null otherwise.
    /// </summary>
    private int? YearInView(NarrativeTime narrative, IReadOnlyList<TextSpan> paragraphs, int at, DateOnly? dct)
    {
        if (dct is not { } d || narrative.Mentioned is not { Length: >= 4 } mentioned || narrative.MentionedAt < 0 || !narrative.MentionedYearWritten
            || !int.TryParse(mentioned.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int year) || year <= d.Year)
        {
            return null;
        }

        int here = TextSpans.IndexContaining(paragraphs, at), there = TextSpans.IndexContaining(paragraphs, narrative.MentionedAt);
        return here >= 0 && there >= 0 && here - there <= Options.YearInViewParagraphs ? year : null;
    }

    /// <summary>A value, or null when the expression points outside the calendar ("a million days ago").</summary>
    private TimexValue? Normalize(TimexCandidate c, DateOnly? dct, Tense tense, NarrativeTime? narrative, int? yearInView = null)
    {
        try
        {
            return _normalizer.Normalize(c.Rule, c.Match, dct, tense, narrative?.Reference, narrative?.Mentioned, narrative?.MentionedQuarter, yearInView);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>The document date from the metadata's ISO date ("2021-08-19", "2021-08-19T10:00:00Z").</summary>
    public static DateOnly? ParseDate(string? published)
        => published is { Length: >= 10 } && DateOnly.TryParseExact(published[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>
    /// A candidate chosen in the first pass, with the tense of its clause and its value against the DCT;
    /// <paramref name="Scheduled"/>: a weekday read ahead from the present-tense verb that governs it (<see cref="GoverningVerb"/>).
    /// </summary>
    private sealed record ChosenTimex(TimexCandidate Candidate, Tense Tense, TimexValue Value, bool Scheduled = false);

    /// <summary>
    /// The tense of the verb that governs a weekday, read from the parts of speech: the nearest verb before it in its
    /// clause (no comma, colon or bracket between), at most <see cref="TimeTaggerOptions.WeekdayVerbWindowTokens"/>
    /// tokens back. A present-tense verb (VBZ, VBP) tells a schedule, "Lowe's reports earnings Wednesday", "the
    /// committee meets Thursday": the coming day (<see cref="Tense.Present"/>); a past one (VBD), "met his counterpart
    /// Thursday", the day before (<see cref="Tense.Past"/>). Null (the tense cues decide) for any other verb, none, or a
    /// form of "be" (Data/time-present-cues.txt: "the vote is Thursday" is the nearest Thursday, as before). Telling
    /// "reports" the verb from "reports" the plural noun is why this reads the tags rather than the words (unseen news
    /// audits 1, 2, 3 and 7, issue 17).
    /// </summary>
    private Tense? GoverningVerb(string text, IReadOnlyList<TaggedToken> tags, TextSpan sentence, TextSpan weekday)
    {
        int lo = TaggedToken.FirstStartingAtOrAfter(tags, weekday.Start);
        int clause = lo; // the first token of the weekday's clause within the window
        for (int i = lo - 1; i >= 0 && i >= lo - Options.WeekdayVerbWindowTokens && tags[i].Span.Start >= sentence.Start; i--)
        {
            var tag = tags[i].Tag;
            if (tag is PartOfSpeech.Comma or PartOfSpeech.Colon or PartOfSpeech.OpenBracket or PartOfSpeech.CloseBracket or PartOfSpeech.Quote or PartOfSpeech.Period)
            {
                return null;
            }

            clause = i;

            if (tag is PartOfSpeech.VBZ or PartOfSpeech.VBP)
            {
                var word = text.Substring(tags[i].Span.Start, tags[i].Span.End - tags[i].Span.Start).ToLowerInvariant().Replace('’', '\'');
                return _lexicon.PresentCues.Contains(word) || word.StartsWith('\'') ? null : Tense.Present;
            }

            if (tag == PartOfSpeech.VBD)
            {
                return Tense.Past;
            }

            if (tag is PartOfSpeech.VB or PartOfSpeech.VBG or PartOfSpeech.VBN or PartOfSpeech.MD)
            {
                return null;
            }
        }

        return clause > 0 && tags[clause - 1].Span.Start >= sentence.Start ? null : VerbTaggedAsNoun(tags, sentence, clause, lo);
    }

    /// <summary>
    /// "follows Tuesday's declaration": a weekday with "'s" tells the day of the noun after it, and the verb before
    /// governs that noun, not the day (TimeBank wsj_0745: the Tuesday before, though "follows" is in the present).
    /// </summary>
    private static bool IsPossessive(string text, System.Text.RegularExpressions.Group weekday)
    {
        int end = weekday.Index + weekday.Length;
        return end + 1 < text.Length && text[end] is '\'' or '’' && text[end + 1] is 's' or 'S';
    }

    /// <summary>
    /// A sentence in which the tagger found no verb at all, from its start to the weekday, has one it read as a plural
    /// noun: "Lowe's/POS reports/NNS earnings/NNS Wednesday" (the shipped tagger's reading). The first plural noun after
    /// a noun or a possessive ending ("Lowe's reports", "the committee meets") is that verb, in the present
    /// (<see cref="Tense.Present"/>); null when the sentence holds a verb anywhere or no such noun.
    /// </summary>
    private static Tense? VerbTaggedAsNoun(IReadOnlyList<TaggedToken> tags, TextSpan sentence, int first, int weekday)
    {
        for (int i = first; i < tags.Count && tags[i].Span.Start < sentence.End; i++)
        {
            if (tags[i].Tag.IsVerb())
            {
                return null;
            }
        }

        for (int i = first + 1; i < weekday; i++)
        {
            if (tags[i].Tag == PartOfSpeech.NNS && tags[i - 1].Tag is PartOfSpeech.NN or PartOfSpeech.NNP or PartOfSpeech.NNPS or PartOfSpeech.POS)
            {
                return Tense.Present;
            }
        }

        return null;
    }

    private static TextSpan Trim(string text, TextSpan span)
    {
        int s = span.Start, e = span.End;
        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == ','))
        {
            e--;
        }

        return new TextSpan(s, e);
    }
}
