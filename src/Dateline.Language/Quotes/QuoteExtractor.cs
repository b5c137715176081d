using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Layers.Paragraphs;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Quotes.Speakers;
using Dateline.Language.Resolution;
using Dateline.Language.Tokens;
using Dateline.Language.Sentences;
using Dateline.Language.Tagging;
using Dateline.Language.Works;
using Dateline.Language.Scope;

namespace Dateline.Language.Quotes;

/// <summary>
/// Finds quotations and reported speech with their cue and speaker. Direct quotes are whole quoted sentences, mixed
/// quotes are quoted fragments inside reported speech (the quote covers the reported clause), indirect quotes are
/// "X said (that) …", "…, X said" and "according to X" without quote marks. The speaker mention is the phrase next
/// to the cue; the <see cref="SpeakerResolver"/> tells who it stands for (an entity, an unnamed speaker of its own, or
/// no one), and a quote that continues a speaker's paragraph inherits the speaker.
/// </summary>
public sealed partial class QuoteExtractor : IPipelineComponent
{
    private readonly QuoteLexicon _lexicon = QuoteLexicon.Default;

    public QuoteExtractor(QuoteExtractorOptions? options = null)
    {
        Options = options ?? QuoteExtractorOptions.Default;
    }

    public QuoteExtractorOptions Options { get; }

    public string Name => "quotes";

    public IReadOnlyList<Capability> Requires { get; } = [ParagraphsLayer.Instance, SentencesLayer.Instance, MentionsLayer.Instance, EntitiesLayer.Instance, Capability.Metadata];

    public IReadOnlyList<Capability> Assigns { get; } = [QuotesLayer.Instance, QuotedStretchesLayer.Instance];

    /// <summary>English text only (<see cref="EnglishScope"/>: the metadata's language and the text's script).</summary>
    public bool AppliesTo(Document document) => EnglishScope.Reads(document);

    public Document Process(Document document, ProcessingContext context)
    {
        IReadOnlyList<TextSpan> paragraphs = [.. document.Paragraphs.Select(p => p.Span)];
        IReadOnlyList<TextSpan> sentences = [.. document.Layer<Sentence>().Select(s => s.Span)];
        document = document.WithLayer<QuotedStretch>([.. QuoteMarks.Find(document.Text, paragraphs, Options.CaptionMaxWords).Select(span => new QuotedStretch(span))]);

        // the rules read `` '' as “ ” (QuoteMarks.Typographic: the same offsets); the quotes keep the text's marks whole
        var typographic = QuoteMarks.Typographic(document.Text, paragraphs, Options.CaptionMaxWords);
        var (text, marks) = (typographic.Text, typographic.Quotes);
        var tags = new ClauseTags(document.Layer<TaggedToken>());
        List<TextSpan> persons = [.. document.Layer<EntityMention>().Where(m => m.Label == EntityLabel.Person).Select(m => m.Span),
            .. document.Entities.Where(e => e.Label == EntityLabel.Person).SelectMany(e => e.Mentions)];
        var drafts = FindQuotes(text, marks, paragraphs, sentences, persons, context.Cancellation);
        context.ThrowIfCancelled();
        if (Options.IndirectSpeech)
        {
            var swallowed = new List<QuoteDraft>();
            drafts.AddRange(FindIndirect(text, sentences, drafts, tags, swallowed));
            // a naming inside a report's clause is part of that report ("… adjustments that he described as “unusual.”":
            // ReportBesideNaming)
            drafts.RemoveAll(d => swallowed.Exists(n => ReferenceEquals(n, d)));
            drafts.AddRange([.. FindParticipleAfterAttribution(text, sentences, drafts)]);
            drafts.AddRange([.. NounOfSayingReports(text, sentences, drafts)]);
            InheritFromReportedSpeech(text, paragraphs, sentences, drafts);

            // "Hayee called for withdrawal of …", "The union calls on the regulator to …", "Haley accused DeSantis of
            // banning fracking": an appeal or a charge without quoted words reports nothing (eval/quotes/UNSEEN.md);
            // "called for an “immediate” review" quotes the speaker's words (PolNeAR's mixed quotes: direct+mixed quote
            // F1 91.22 -> 91.06 when those went too).
            // "The county announced an exposure site", "The military has denied targeting …": a cue that takes an object
            // as often as a clause reports nothing without the clause ("denied he had …" does).
            drafts.RemoveAll(d => d.Kind == QuoteKind.Indirect && d.Cue is { } cue && _lexicon.ObjectCueAt(text, cue.Start) switch
            {
                CueObject.Always => true,
                CueObject.UnlessClause => d.Span.Start >= cue.End && !ReportsClause(text, cue, d.Span, tags),
                _ => false,
            });

            // "Attorneys for Beblawi disclosed the U.S. “certification of immunity” in a filing": a cue of kind clause
            // reports its clause only, quoted words in a noun object no more than none (quote-cue-traps.txt; third
            // sample); nor does it report after a preposition that no "that" follows at once ("ruled on the appeal of that
            // decision", "we ruled out any contamination from the skins that may have been …": Wikinews; "disclosed in
            // court that …" reports)
            drafts.RemoveAll(d => d.Kind is QuoteKind.Mixed or QuoteKind.Indirect && d.Cue is { } cue && d.Span.Start >= cue.End
                && _lexicon.ClauseOnlyCues.Contains(text.Substring(cue.Start, cue.Length).ToLowerInvariant())
                && ((d.Kind == QuoteKind.Mixed && !ReportsClause(text, cue, d.Span, tags)) || PrepositionObject().IsMatch(text.AsSpan(cue.End))));

            // "a family of proteins called G protein-coupled receptors (GPCRs) that are …", "a parasite called
            // Tritrichomonas muris": a naming cue with a word after it names, and the relative "that" after the name
            // opens no report; ".IXIC added 20.72 points": a gain before a number (tenth sample)
            // "Officials … chanting anti-U.S. slogans", "shouted slogans against …": a noun of things said right after the
            // cue is its object (VOA 2,000)
            drafts.RemoveAll(d => d.Kind == QuoteKind.Indirect && d.Cue is { } cue && (Names(text, cue) || Gains(text, cue, d.Span) || SaysObjectNoun(text, cue, d.Span)));
        }

        // "Howitt and Garett's work suggested that …", "Those facts suggest that …": findings, not speech (tenth sample)
        // "he thought he was seeing things", "Howitt wondered whether …": thoughts, not speech (tenth sample); dropped after
        // the quote paragraphs after them took their speaker (InheritFromReportedSpeech)
        // Only indirect reports: PolNeAR counts a thought's quoted words as an attribution ("thinks she's done a
        // “serviceable job.”": its direct+mixed quote F1 91.20 -> 91.09 when those went too)
        drafts.RemoveAll(d => (d.Kind is QuoteKind.Indirect or QuoteKind.Mixed && (ReportsFinding(text, d) || EditorialLabel(text, d)))
            || (d.Kind == QuoteKind.Indirect && !d.Inherited && d.Cue is { } cue && _lexicon.ThoughtCues.Contains(text.Substring(cue.Start, cue.Length).ToLowerInvariant()))
            || AsksItself(text, d));

        // "ordered the Somali men released", "were ordered “not to talk …”": an order or a shout attributes a direct quote
        // only ("“Step out,” an officer ordered."; quote-cue-traps.txt, kind direct)
        drafts.RemoveAll(d => d.Kind != QuoteKind.Direct && d.Cue is { } cue && _lexicon.DirectOnly.Contains(text.Substring(cue.Start, cue.Length).ToLowerInvariant()));

        // "…, according to one estimate.": a source that names no one reports nothing (twelfth sample; a figure with no
        // source, as "figures show")
        drafts.RemoveAll(d => SourcelessAccordingTo(text, d));

        // Most texts hold no quote: the resolver reads every mention and entity when it is built, so none is built then.
        if (drafts.Count == 0)
        {
            return document.WithLayer(ImmutableArray<Quote>.Empty);
        }

        var speakers = new SpeakerResolver(document, Options.GroupPronounReach);
        var ordered = drafts.OrderBy(d => d.Span.Start).ToList();
        AnswerTheAsked(text, ordered);
        // "inside a quote or marks" and "inside any quote", asked of every candidate antecedent of every speaker: the
        // whole list scanned per question was half of the quote stage on 3,000 quote paragraphs (bench/README.md,
        // "Hostile inputs, perf-hostile")
        var quoted = SpanIndex.Of([.. ordered.Where(q => q.Kind != QuoteKind.Indirect).Select(q => q.Span), .. marks]);
        var reported = SpanIndex.Of(ordered.Select(q => q.Span));
        var quotes = ordered.Select(d => Resolve(WithApposedName(text, d, persons), text, speakers, quoted.AnyContains, reported.AnyContains))
            .Select(q => q with { Span = typographic.Whole(q.Span) }).ToImmutableArray();
        return document.WithLayer(quotes);
    }

    /// <summary>
    /// "The researchers wondered whether or not this threshold is also responsible for our “eureka!” moment": a cue of
    /// thought before "whether" or "if" is a question to oneself, no speech, its quoted words a scare quote (fifteenth
    /// sample; quote-cue-traps.txt, kinds thought and question). PolNeAR's quoted thoughts ("thinks she's done a
    /// “serviceable job.”") stay.
    /// </summary>
    private bool AsksItself(string text, QuoteDraft d)
        => d.Kind is QuoteKind.Indirect or QuoteKind.Mixed && !d.Inherited && d.Cue is { } cue && d.Span.Start >= cue.End
            && _lexicon.ThoughtCues.Contains(text.Substring(cue.Start, cue.Length).ToLowerInvariant())
            && SpeakerWords().Match(text, cue.End) is { Success: true } next && string.IsNullOrWhiteSpace(text[cue.End..next.Index])
            && _lexicon.QuestionWords.Contains(next.Value.ToLowerInvariant());

    /// <summary>
    /// Whether a quote's cue is "according to" and its whole speaker phrase a noun of a count or an estimate, alone or
    /// after a quantifier ("according to one estimate", "according to estimates"): no one is named.
    /// </summary>
    private bool SourcelessAccordingTo(string text, QuoteDraft d)
    {
        if (d.Cue is not { } cue || !IsAccordingTo(text.AsSpan(cue.Start, cue.Length)) || d.Speaker is not { } raw || CleanSpeaker(text, raw) is not { } speaker)
        {
            return false;
        }

        var words = SpeakerWords().Matches(text.Substring(speaker.Start, speaker.Length)).Select(w => w.Value.TrimEnd('.').ToLowerInvariant()).ToList();
        return words switch
        {
            [var noun] => _lexicon.SourcelessNouns.Contains(noun),
            [var quantifier, var noun] => _lexicon.SourcelessQuantifiers.Contains(quantifier) && _lexicon.SourcelessNouns.Contains(noun),
            _ => false,
        };
    }

    private bool Names(string text, TextSpan cue)
        => _lexicon.Naming.Contains(text.Substring(cue.Start, cue.Length).ToLowerInvariant()) && NamedWordAfter().IsMatch(text.AsSpan(cue.End));

    // a word right after the cue other than "that" (a name or a noun phrase: "called Tritrichomonas muris", "called group 2 …"),
    // or a quoted name ("a sex worker's group called “Ashodaya Samithi” discussed …": Wikinews, read once sentences with
    // marks and no quote were read for reports), not "it" with a word and a clause after it ("He called it unlikely that
    // the EU would finance …": Wikinews, speech)
    [GeneratedRegex(@"^[ \t]+(?!(?i:that)\b)(?!(?i:it)\s+[\w-]+\s+(?i:that)\b)[\w(“""]")]
    private static partial Regex NamedWordAfter();

    // the report opens right after the cue and one of its first words before a comma is a noun of things said
    // (quote-object-nouns.txt); a "that" among them opens a clause ("chanted that slogans …" still reports)
    private bool SaysObjectNoun(string text, TextSpan cue, TextSpan content)
    {
        if (content.Start < cue.End || !string.IsNullOrWhiteSpace(text[cue.End..content.Start]))
        {
            return false;
        }

        // Match and NextMatch, not Matches(…).Take(n): Take over a MatchCollection (an IList) asks its Count, which runs
        // the pattern to the text's end for every cue (quadratic in a long sentence of many "said": hostile-audit2)
        var word = ObjectPhraseWords().Match(text, content.Start);
        for (int n = 0; n < ObjectPhraseWordCount && word.Success; n++, word = word.NextMatch())
        {
            if (word.Index >= content.End || word.Value == "," || word.Value.Equals("that", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            if (_lexicon.ObjectNouns.Contains(word.Value.TrimEnd('.').ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    // the object's head noun is among its first words: "slogans against …", "anti-U.S. slogans", "anti-government
    // slogans" (a longer reach would take a clause's later object: "shouted the police had beaten slogans out of …")
    private const int ObjectPhraseWordCount = 3;

    [GeneratedRegex(@"[\w'’.-]+|,")]
    private static partial Regex ObjectPhraseWords();

    private bool Gains(string text, TextSpan cue, TextSpan content)
        => _lexicon.AmountCues.Contains(text.Substring(cue.Start, cue.Length).ToLowerInvariant())
            && content.Start >= cue.End && content.Start < text.Length && char.IsDigit(text[content.Start])
            && string.IsNullOrWhiteSpace(text[cue.End..content.Start]);

    // "Correction added Nov. 18, 2019: The caption … made an unconfirmed statement that …": an editor's note, no speaker (tenth sample)
    private bool EditorialLabel(string text, QuoteDraft d)
        => d.Speaker is { } raw && CleanSpeaker(text, raw) is { } speaker
            && _lexicon.EditorialLabels.Contains(text.Substring(speaker.Start, speaker.Length).Trim().ToLowerInvariant());

    private bool ReportsFinding(string text, QuoteDraft d)
    {
        if (d.Cue is not { } cue || d.Speaker is not { } raw || !_lexicon.FindingVerbs.Contains(text.Substring(cue.Start, cue.Length).ToLowerInvariant())
            || CleanSpeaker(text, raw) is not { } speaker)
        {
            return false;
        }

        // the finding noun heads the subject right before the cue: not a noun inside a longer subject ("People with direct
        // knowledge of Gates' work said that …", "advisers who have run the numbers argue that …", PolNeAR) nor a subject
        // far before it ("The evidence … was a video clip …, where the secretary of state said")
        var words = SpeakerWords().Matches(text.Substring(speaker.Start, speaker.Length));
        int before = Math.Max(0, Math.Max(text.LastIndexOfAny(['.', ',', ';', ':', '\n'], Math.Max(0, speaker.Start - 1)) + 1, speaker.Start - 40));
        if (speaker.End > cue.Start || SpeakerWords().Count(text.AsSpan(speaker.End, cue.Start - speaker.End)) > 2)
        {
            return false;
        }

        if (words.Count > 0 && _lexicon.FindingSubjects.Contains(words[^1].Value.ToLowerInvariant())
            && (words.Count == 1 || !char.IsUpper(words[^1].Value[0])) && !FindingSubjectLink().IsMatch(text.AsSpan(before, speaker.Start - before)))
        {
            return true;
        }

        // "But the decision by District Attorney Frank C. Clark to begin presenting evidence to a state grand jury
        // suggests that …" (sample 19), "A study by Michael Greenstone and … Professor Knittel concluded that …", "the
        // new evidence from trade suggests …" (PolNeAR): the phrase read back from the cue is the object inside a
        // longer subject, whose head, a finding noun after the clause's determiner and before its first link, with no
        // comma or auxiliary between it and the phrase, reports no speech
        int from = Math.Max(0, speaker.Start - FindingSubjectReach);
        return FindingSubjectHead().Matches(text[from..speaker.Start]) is { Count: > 0 } heads
            && _lexicon.FindingSubjects.Contains(heads[^1].Groups["head"].Value)
            && !SubjectBreak().IsMatch(text.AsSpan(from + heads[^1].Index + heads[^1].Length, speaker.Start - from - heads[^1].Index - heads[^1].Length));
    }

    /// <summary>How far back from a finding verb's subject phrase its clause's opening head is looked for (characters:
    /// sample 19's "the decision by District Attorney Frank C. Clark to begin presenting evidence to" runs 81).</summary>
    private const int FindingSubjectReach = 160;

    /// <summary>A clause's opening determiner, up to one modifier and a lower-case head before a link ("But the decision by ").</summary>
    [GeneratedRegex(@"(?:^|[.;:!?\n]\s+|,\s+)(?:(?:But|And|Yet)\s+)?(?i:the|an?|this|that|these|those|its|their|his|her)\s+(?:[a-z]+\s+)?(?<head>[a-z]+)\s+(?:of|by|to|from|in|on|with|about|for)\s")]
    private static partial Regex FindingSubjectHead();

    /// <summary>What ends a subject before its verb: a full stop that closes no initial ("Frank C. Clark"), a comma or
    /// other punctuation, an auxiliary ("The evidence from the scene was a video clip …, where the secretary … said").</summary>
    [GeneratedRegex(@"(?<!\b[A-Z])\.\s|[,;:!?]|\b(?:is|are|was|were|has|have|had)\b")]
    private static partial Regex SubjectBreak();

    // a word before the subject phrase that makes the finding noun part of a longer subject: a link or a relative
    [GeneratedRegex(@"(?i)\b(?:of|with|for|by|about|on|in|from|who|which|that|have|has|had)\s*$")]
    private static partial Regex FindingSubjectLink();

    /// <summary>
    /// "Rollock said she did not see it so. ¶ “I think …”": a quote paragraph without an attribution of its own, right
    /// after a paragraph that closes on reported speech with a speaker, continues that speaker (as it does after a
    /// quote paragraph, <see cref="FindQuotes"/>).
    /// </summary>
    private static void InheritFromReportedSpeech(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<TextSpan> sentences, List<QuoteDraft> drafts)
    {
        // The latest draft inside each paragraph, found once: a hostile page can hold thousands of quotes.
        var lastIn = new QuoteDraft?[paragraphs.Count];
        foreach (var q in drafts)
        {
            int p = TextSpans.LastStartingAtOrBefore(paragraphs, q.Span.Start);
            if (p >= 0 && paragraphs[p].Contains(q.Span) && (lastIn[p] is null || q.Span.Start > lastIn[p]!.Span.Start))
            {
                lastIn[p] = q;
            }
        }

        // the last quote that took its speaker here: the quote paragraphs right after it continue it too ("Allan Snr
        // believes …. ¶ "It just … ¶ "… it is them." ¶ "I'd just like to thank …"", third sample)
        QuoteDraft? carried = null;
        QuoteDraft? prior = null;
        foreach (int i in Enumerable.Range(0, drafts.Count).OrderBy(i => drafts[i].Span.Start))
        {
            var d = drafts[i];
            var previous = prior;
            prior = d;
            if (d is not { Kind: QuoteKind.Direct, Cue: null, Speaker: null })
            {
                continue;
            }

            // "Swift's rep told Fox News that this was not the whole truth. "Big Machine is trying …"": a quote opening the
            // sentence right after a report in its paragraph continues that report's speaker (eleventh sample)
            if (previous is { Kind: QuoteKind.Indirect, Speaker: { } said, Cue: { } by } report && d.Paragraph >= 0 && report.Span.Start >= paragraphs[d.Paragraph].Start
                && SentenceCloseOnly().IsMatch(text.AsSpan(Math.Max(report.Span.End, Math.Max(said.End, by.End)), d.Span.Start - Math.Max(report.Span.End, Math.Max(said.End, by.End)))))
            {
                drafts[i] = prior = d with { Cue = report.Cue, Speaker = report.Speaker, Inherited = true };
                continue;
            }

            if (d.Paragraph == 0 || !string.IsNullOrWhiteSpace(text[paragraphs[d.Paragraph].Start..d.Span.Start]))
            {
                continue;
            }

            var before = paragraphs[d.Paragraph - 1];
            if (carried is { } c && TextSpans.IndexContaining(paragraphs, c.Span.End - 1) == d.Paragraph - 1
                && string.IsNullOrWhiteSpace(text[c.Span.End..before.End]) && (lastIn[d.Paragraph - 1] is null || lastIn[d.Paragraph - 1]!.Span == c.Span))
            {
                drafts[i] = carried = prior = d with { Cue = c.Cue, Speaker = c.Speaker, Inherited = true };
                continue;
            }

            if (lastIn[d.Paragraph - 1] is not { Kind: QuoteKind.Indirect, Speaker: { } spk, Cue: { } cue } last)
            {
                continue;
            }

            // the reported speech closes its paragraph: no sentence begins after it
            int end = Math.Max(last.Span.End, Math.Max(spk.End, cue.End));
            int next = TextSpans.LastStartingAtOrBefore(sentences, end - 1) + 1;
            if (next < sentences.Count && sentences[next].Start < before.End)
            {
                continue;
            }

            drafts[i] = carried = prior = d with { Cue = last.Cue, Speaker = last.Speaker, Inherited = true };
        }
    }

    /// <summary>
    /// "A reporter asked Montoya-Lewis, “…?” ¶ “…,” she replied": a reply's pronoun speaker right after a question put to
    /// a named addressee stands for the addressee, not for the asker, who is the nearer person (quote-turns.txt).
    /// </summary>
    private void AnswerTheAsked(string text, List<QuoteDraft> ordered)
    {
        for (int i = 1; i < ordered.Count; i++)
        {
            if (ordered[i] is not { Cue: { } cue, Speaker: { } spk } reply || ordered[i - 1].Cue is not { } ask
                || !_lexicon.Replies.Contains(text[cue.Start..cue.End].ToLowerInvariant())
                || !_lexicon.Questions.Contains(text[ask.Start..ask.End].ToLowerInvariant())
                || text[spk.Start..spk.End].ToLowerInvariant() is not ("he" or "she")
                || AskedName().Match(text, ask.End) is not { Success: true } asked)
            {
                continue;
            }

            var name = asked.Groups["name"];
            ordered[i] = reply with { Addressee = new TextSpan(name.Index, name.Index + name.Length) };
        }
    }

    /// <summary>The addressee named right after a question verb, before the question's opening mark ("asked Montoya-Lewis, “").</summary>
    [GeneratedRegex(@"\G\s+(?<name>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s*[,:]?\s*[""“]")]
    private static partial Regex AskedName();

    /// <param name="quoted">Whether a span lies inside a quote that is not indirect or inside the text's quoted
    /// stretches: a person named only inside marks that made no quote (a title, "“Hannah and Her Sisters.”") is spoken
    /// of, as in a quote, and stands for no later pronoun (seventh sample).</param>
    /// <param name="reported">Whether a span lies inside any quote.</param>
    private Quote Resolve(QuoteDraft d, string text, SpeakerResolver speakers, Func<TextSpan, bool> quoted, Func<TextSpan, bool> reported)
    {
        d = d with { Speaker = d.Speaker is { } raw ? CleanSpeaker(text, raw) : null };
        ResolvedSpeaker? speaker = d.Addressee is { } to && d.Speaker is not null
            ? speakers.Resolve(to, to.Start, quoted, reported) with { Kind = SpeakerKind.Pronoun }
            : d.Speaker is { } spk
            ? speakers.Resolve(spk, Math.Min(spk.Start, d.Span.Start), quoted, reported)
            : null;
        string? unnamed = speaker?.EntityId is null && speaker?.UnnamedName is { } name ? speakers.UnnamedId(name) : null;
        if (unnamed is not null && speaker!.Kind == SpeakerKind.Description && d.Speaker is { } described)
        {
            speakers.NoteDescribed(described, unnamed);
        }

        if (speaker is { Kind: SpeakerKind.Name } && d.Speaker is { } named && (speaker.EntityId ?? unnamed) is { } who)
        {
            speakers.NoteNamed(named, who);
        }

        speakers.NoteSpoken(d.Span, d.Cue, d.Speaker, speaker?.EntityId);

        return new Quote(d.Span, d.Kind)
        {
            Cue = d.Cue is { } c ? text.Substring(c.Start, c.Length) : null,
            CueSpan = d.Cue,
            SpeakerMention = d.Speaker,
            SpeakerAntecedent = unnamed is null ? null : speaker?.Antecedent,
            SpeakerId = speaker?.EntityId ?? unnamed,
            SpeakerKind = speaker?.Kind,
            SpeakerOrganizationId = speaker?.OrganizationId,
        };
    }

    /// <summary>
    /// The speaker phrase proper: what follows the last comma or dash ("Reluctantly, Brafman" → Brafman), a pronoun
    /// alone ("In 2010 she" → she), without leading adverbs ("particularly his"), and a bare determiner with its noun
    /// ("The" of "The billionaire businessman" → The billionaire businessman).
    /// </summary>
    private TextSpan? CleanSpeaker(string text, TextSpan span)
    {
        var words = new List<TextSpan>();
        foreach (var w in SpeakerWords().EnumerateMatches(text.AsSpan(span.Start, span.Length)))
        {
            words.Add(new TextSpan(span.Start + w.Index, span.Start + w.Index + w.Length));
        }

        int comma = text.LastIndexOf(',', span.End - 1, span.Length);
        while (comma > span.Start && IsPlaceComma(text, comma, span.Start))
        {
            comma = text.LastIndexOf(',', comma - 1, comma - span.Start);
        }

        int cut = Math.Max(comma, Math.Max(text.LastIndexOf(" - ", span.End - 1, span.Length, StringComparison.Ordinal), text.LastIndexOf(" \u2014", span.End - 1, span.Length, StringComparison.Ordinal)));
        if (cut >= span.Start && words.Any(w => w.Start > cut))
        {
            words = [.. words.Where(w => w.Start > cut)];
        }

        if (words.Count == 0)
        {
            return null;
        }

        if (words.Count > 1 && _lexicon.Pronouns.Contains(text[words[^1].Start..words[^1].End].ToLowerInvariant()))
        {
            return words[^1];
        }

        while (words.Count > 1 && text[words[0].Start..words[0].End] is var w0 && char.IsLower(w0[0]) && w0.EndsWith("ly", StringComparison.Ordinal))
        {
            words.RemoveAt(0);
        }

        int end = words[^1].End;
        if (words.Count == 1 && BareDeterminer().IsMatch(text[words[0].Start..words[0].End]))
        {
            // extend over the noun the determiner opens, up to a stop word, a cue or punctuation
            var rest = FollowingWords().Match(text, end);
            int added = 0;
            while (rest.Success && rest.Index == end && added < 3)
            {
                var word = rest.Groups["w"].Value.ToLowerInvariant();
                if (_lexicon.Stops.Contains(word) || _lexicon.Cues.Contains(word) || _lexicon.Pronouns.Contains(word))
                {
                    break;
                }

                end = rest.Index + rest.Length;
                added++;
                rest = FollowingWords().Match(text, end);
            }
        }

        return WithLinkedHead(text, new TextSpan(words[0].Start, end));
    }

    /// <summary>
    /// The speaker phrase with the head it hangs on by a link, in its clause: "a spokesperson for" + "the Universities
    /// and Colleges Employers’ Association", "A spokesperson for" + "Sheffield University", "a source close to" +
    /// "Macron" (samples 2, 3): the role or source speaks, not what follows the link. The link is a role word
    /// (role-words.txt) and a preposition of quote-role-links.txt, or two words of quote-speaker-links.txt; between it
    /// and the phrase only "the" and capitalised words of the same name ("Universities and"); the head reads leftwards up
    /// to three words, through a determiner (included) or to the opening of its clause, and holds a noun (the role word,
    /// or a word before a speaker link's adjective: "a source close to").
    /// </summary>
    private TextSpan WithLinkedHead(string text, TextSpan phrase)
    {
        int from = Math.Max(0, phrase.Start - MaxLinkedHead);
        if (phrase.Start == from || _lexicon.Pronouns.Contains(text[phrase.Start..phrase.End].ToLowerInvariant())
            || LinkBeforeStart(text, from, phrase.Start) is not (>= 0 and var linkFrom)
            || LinkBefore().Match(text, linkFrom, phrase.Start - linkFrom) is not { Success: true } link)
        {
            return phrase;
        }

        // the name between the link and the phrase holds no sentence's end ("the president of the United States. Dominic
        // Hare said", Wikinews)
        for (int dot = text.IndexOf('.', link.Groups["w2"].Index, phrase.Start - link.Groups["w2"].Index); dot >= 0;
             dot = text.IndexOf('.', dot + 1, phrase.Start - dot - 1))
        {
            if (!IsAbbreviationDot(text, dot))
            {
                return phrase;
            }
        }

        var w1 = link.Groups["w1"].Value.ToLowerInvariant();
        var w2 = link.Groups["w2"].Value;
        if (!_lexicon.IsLink(w1, w2, out bool role))
        {
            return phrase;
        }

        // leftwards from the link's first word: modifiers up to a determiner (kept), a stop word, a cue or the clause's opening
        int start = link.Groups["w1"].Index;
        int read = 0;
        bool opened = false;
        while (read < 3 && TokenBefore(text, start, from) is { } before)
        {
            var word = text[before.Start..before.End];
            var lower = word.ToLowerInvariant();
            if (_lexicon.IsStop(word) || _lexicon.Cues.Contains(lower) || _lexicon.Pronouns.Contains(lower) || EndsSentence(text, before))
            {
                break;
            }

            start = before.Start;
            read++;
            if (BareDeterminer().IsMatch(word))
            {
                opened = true;
                break;
            }
        }

        // no determiner: the head opens its sentence or clause (the text's or a line's start, a sentence end, a stop word
        // such as "but": "Sources close to Macron said"); not after a comma, where it is an apposition ("Prof Gavin Yamey,
        // director of the Centre for …, says:" is Yamey's, second sample)
        if (!opened && PrecededByComma(text, start))
        {
            return phrase;
        }

        if (!opened && TokenBefore(text, start, 0) is { } prior && !_lexicon.IsStop(text[prior.Start..prior.End]) && !EndsSentence(text, prior))
        {
            return phrase;
        }

        return role || read > 0 ? new TextSpan(start, phrase.End) : phrase;
    }

    /// <summary>A word closing on a period that is no abbreviation's ("closed." before "Sources close to Macron said").</summary>
    private static bool EndsSentence(string text, TextSpan word) => text[word.End - 1] == '.' && !IsAbbreviationDot(text, word.End - 1);

    /// <summary>The word (letters, digits, "'", "-", "&amp;", ".") ending at <paramref name="position"/> after spaces, within <paramref name="limit"/>.</summary>
    private static TextSpan? TokenBefore(string text, int position, int limit)
    {
        int end = position;
        while (end > limit && text[end - 1] == ' ')
        {
            end--;
        }

        int start = TokenStart(text, end, limit);
        return end > limit && start < end && IsWordChar(text[end - 1]) ? new TextSpan(start, end) : null;
    }

    // "a spokesperson for the Universities and Colleges Employers’ Association (UCEA)": the link and the name's first
    // words before the phrase (63 characters in sample 3)
    private const int MaxLinkedHead = 100;

    /// <summary>
    /// Where a <see cref="LinkBefore"/> match ending at <paramref name="end"/> can open, no earlier than
    /// <paramref name="from"/>; -1 when none can end there. Its match is whole runs of characters other than white space
    /// (the first word may be the tail of one), white space between them and before the end: the link's two words, then
    /// at most <see cref="MaxLinkTail"/> runs that are each "the", "and", "&amp;", "of" or open with a capital. So it opens
    /// in the run two before the last such runs at the earliest, and the pattern is tried from there (where the character
    /// before is white space, as its look-behind needs) instead of at each letter of the hundred characters before the
    /// phrase (the quote stage's largest pattern by time: bench/README.md, "perf-warm"). The same match or none.
    /// </summary>
    internal static int LinkBeforeStart(string text, int from, int end)
    {
        if (end <= from || !char.IsWhiteSpace(text[end - 1]))
        {
            return -1;
        }

        int pos = end;
        int tail = 0;
        bool tailOpen = true;
        for (int run = 1; ; run++)
        {
            while (pos > from && char.IsWhiteSpace(text[pos - 1]))
            {
                pos--;
            }

            int runEnd = pos;
            while (pos > from && !char.IsWhiteSpace(text[pos - 1]))
            {
                pos--;
            }

            if (pos == runEnd || pos == from)
            {
                return from; // fewer runs than a match may take: the whole stretch
            }

            if (tailOpen && run <= MaxLinkTail && IsLinkTailRun(text.AsSpan(pos, runEnd - pos)))
            {
                tail = run;
            }
            else
            {
                tailOpen = false;
            }

            if (run == tail + 2)
            {
                return pos;
            }
        }
    }

    /// <summary>A run <see cref="LinkBefore"/> may read after the link's two words: "the", a capitalised word, "and", "&amp;" or "of".</summary>
    private static bool IsLinkTailRun(ReadOnlySpan<char> run)
        => run[0] is >= 'A' and <= 'Z' || run is "the" or "and" or "&" or "of";

    /// <summary>The most runs <see cref="LinkBefore"/> reads after the link's two words: "the", then four capitalised words each with "and", "&amp;" or "of" after it.</summary>
    private const int MaxLinkTail = 9;

    /// <summary>A link's two words, then "the" and up to four capitalised words (with "and", "&amp;" or "of" between), at the end of the text.</summary>
    [GeneratedRegex(@"(?<![\w'’-])(?<w1>[A-Za-z'’-]+)\s+(?<w2>[a-z]+)\s+(?:the\s+)?(?:[A-Z][\w'’&.-]*\s+(?:(?:and|&|of)\s+)?){0,4}$")]
    internal static partial Regex LinkBefore();

    /// <summary>
    /// The quote with its speaker the person's name its (cleaned) speaker phrase is apposed to (<see cref="NameBeforeApposition"/>),
    /// the name a person mention and a report's words not between the name and the phrase ("John Paul Stevens, a former
    /// associate justice …, died yesterday …, according to a statement …" keeps the statement: Wikinews; a quote that
    /// opens with a mark has its words in the marks, whatever its span holds after them: "“…,” Kurinji Selvaraj, a
    /// research analyst at the … Council on Energy, Environment and Water think tank told CBS News." is read as a mixed
    /// quote up to "Energy,").
    /// </summary>
    private QuoteDraft WithApposedName(string text, QuoteDraft d, List<TextSpan> persons)
        => d.Speaker is { } raw && CleanSpeaker(text, raw) is { } phrase && NameBeforeApposition(text, phrase) is { } name
            && (text[d.Span.Start] is '"' or '\u201C' || d.Span.End <= name.Start || d.Span.Start >= phrase.End)
            && persons.Exists(p => p.Start < name.End && p.End > name.Start)
            ? d with { Speaker = name }
            : d;

    /// <summary>
    /// The name a speaker phrase is apposed to: "Omar Lamrani, a senior military analyst at Stratfor, the Texas-based
    /// …, told" → Omar Lamrani, not "a senior military analyst"; "…,” Kurinji Selvaraj, a research analyst at the …
    /// Council on Energy, Environment and Water think tank told CBS News." → Kurinji Selvaraj, not the tail of the
    /// council's name (twelfth sample). The clause (from the last quote mark, line or sentence end) opens with a name
    /// of two to four capitalised words and an apposition opened by "a" / "an" that holds the speaker phrase.
    /// </summary>
    private TextSpan? NameBeforeApposition(string text, TextSpan speaker)
    {
        int from = Math.Max(0, speaker.Start - MaxApposedClause);
        int start = speaker.Start == 0 ? 0 : text.LastIndexOfAny(['\n', '"', '\u201C', '\u201D', ';', ':', '(', ')'], speaker.Start - 1, speaker.Start - from) + 1;
        start = Math.Max(start, from);
        if (ApposedName().Match(text, start, speaker.End - start) is not { Success: true } m)
        {
            return null;
        }

        // a "that" between the name and the phrase opens a report the phrase belongs to ("Colin Clarke, a political
        // scientist at …, cited reports that Mateen said …": PolNeAR)
        var name = m.Groups["name"];
        if (name.Index + name.Length >= speaker.Start || ThatWord().IsMatch(text.AsSpan(name.Index + name.Length, speaker.Start - name.Index - name.Length))
            || SpeakerWords().Matches(name.Value).Any(w => _lexicon.IsStop(w.Value) || _lexicon.SentenceOpeners.Contains(w.Value.ToLowerInvariant())))
        {
            return null;
        }

        return new TextSpan(name.Index, name.Index + name.Length);
    }

    // a name and its apposition before a cue are one clause of a sentence: "Cmdr. Sean Robertson, a spokesperson for
    // Inherent Resolve, the U.S.-led …, told" is 112 characters to the organisation's name
    private const int MaxApposedClause = 200;

    /// <summary>
    /// A clause (after a sentence's end, if any) that opens with a name, a comma and "a" / "an", the apposition ending in
    /// no sentence ("U.S.-led" is no end; "… at Moody's. He says" is).
    /// </summary>
    [GeneratedRegex(@"^(?:[^\n]*?[.!?]\s+)?\s*(?<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){1,3}),\s+(?:a|an)\s+[a-z](?:[^;:!?“”""()\n.]|\.(?!\s))*$")]
    private static partial Regex ApposedName();

    [GeneratedRegex(@"\bthat\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThatWord();

    [GeneratedRegex(@"[\w'’&.-]*\w[\w'’&-]*\.?")]
    private static partial Regex SpeakerWords();

    [GeneratedRegex(@"^(?i:the|a|an|one|some|several|another|many|two|three)$")]
    private static partial Regex BareDeterminer();

    [GeneratedRegex(@"\G\s+(?<w>[a-z][\w'’-]*)")]
    private static partial Regex FollowingWords();

    /// <param name="marks">The text's quoted stretches, marks included (<see cref="QuoteMarks"/>), in text order.</param>
    /// <param name="persons">The spans of the persons' mentions (the recognizer's and the entities'), in no order.</param>
    private List<QuoteDraft> FindQuotes(string text, IReadOnlyList<TextSpan> marks, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<TextSpan> sentences, List<TextSpan> persons, CancellationToken cancellation)
    {
        var drafts = new List<QuoteDraft>();
        QuoteDraft? lastAttributed = null;
        for (int k = 0; k < marks.Count; k++)
        {
            cancellation.ThrowIfCancellationRequested();
            var q = marks[k];
            int pi = TextSpans.IndexContaining(paragraphs, q.Start);
            var para = pi >= 0 ? paragraphs[pi] : new TextSpan(0, text.Length);
            int paraIndex = ParagraphIndex(paragraphs, para, pi);
            int sentStart = Math.Max(para.Start, SentenceStart(sentences, q.Start));
            int fullSentStart = sentStart;
            if (k > 0 && marks[k - 1].End > sentStart && marks[k - 1].End <= q.Start)
            {
                sentStart = marks[k - 1].End;
            }

            int nextQuote = k + 1 < marks.Count ? marks[k + 1].Start : text.Length;
            int windowEnd = Math.Min(Math.Min(para.End, nextQuote), q.End + Options.AttributionWindow);
            var after = AttributionAfter(text, q, windowEnd);
            if (after is not null && NextSentenceAttribution(text, q, sentStart))
            {
                // Jones said the probe is “ongoing.” He said …: the quote closes a sentence begun before it, so the
                // attribution after it is the next sentence's; the quote's own is in its sentence, or there is none.
                after = null;
            }

            var before = after is null ? AttributionBefore(text, sentStart, q.Start) : null;
            if (after is null && before is null && string.IsNullOrWhiteSpace(text[para.Start..q.Start]))
            {
                before = LeadIn(text, paragraphs, sentences, paraIndex);
                after = before is null ? Signature(text, paragraphs, paraIndex, q) : null;
            }

            bool startsContent = string.IsNullOrWhiteSpace(text[sentStart..q.Start])
                || (before is { } b && (Regex.IsMatch(text[b.Cue.End..q.Start], @"^\s*(?:that\s*)?[,:]?\s*$")
                    || (b.Speaker is { } framed && framed.Start > b.Cue.End && _lexicon.SpeakerFrame(text[sentStart..q.Start]).Success)
                    || (IsTellVerb(text[b.Cue.Start..b.Cue.End]) && AddresseeOnly().IsMatch(text[b.Cue.End..q.Start]))));
            bool endsContent = after is not null || RestIsPunctuation(text, q.End, windowEnd);
            int words = WordCount(text, q);

            // "“A,” Tom Ebeling said, pointing …. Betsy Ebeling shook her head. “B.”", "“A,” Ebeling said, and her
            // husband cut in. “B.”": another subject's sentence or clause between the parts opens another turn (TurnBetween)
            var turn = after is null && before is null && startsContent && endsContent && drafts.Count > 0 && drafts[^1] is { Speaker: not null, Kind: QuoteKind.Direct } earlier
                && earlier.Span.End > para.Start && q.Start - earlier.Span.End <= Options.InterruptionMaxChars
                ? TurnBetween(text, earlier, q.Start, persons, sentences)
                : null;
            if (turn is { } next)
            {
                drafts.Add(lastAttributed = new QuoteDraft(q, QuoteKind.Direct, next.Cue, next.Speaker, paraIndex));
                continue;
            }

            // "A," he said. "B." is one quote of one speaker; so is "A," he said (of them), "b." (the cue read before
            // the second part is the first part's own)
            // (so is "For …, “A,” X says. “B.”": a mixed quote whose attribution follows it runs on, thirteenth sample)
            if (after is null && drafts.Count > 0 && drafts[^1] is { Speaker: not null } prev
                && (prev.Kind == QuoteKind.Direct || (prev.Kind == QuoteKind.Mixed && prev.Cue is { } prevCue && prevCue.Start >= prev.Span.End
                    && SentenceEndBefore().IsMatch(text.AsSpan(prev.Span.End, q.Start - prev.Span.End))))
                && (before is null ? startsContent : before.Cue == prev.Cue)
                && prev.Span.End > para.Start && q.Start - prev.Span.End <= Options.InterruptionMaxChars
                && Regex.IsMatch(WithoutTitleMarks(text, prev.Span.End, q.Start, marks), @"^[\s,]*[^""“”\n]*?[.,:;]\s*$"))
            {
                drafts[^1] = prev with { Span = new TextSpan(prev.Span.Start, q.End) };
                continue;
            }

            if (startsContent && endsContent && IsTitle(text, q) && !PunctuatedInside(text, q))
            {
                continue; // “Parasite” won the award: a title of a work, not speech (speech closes on its punctuation: “No,” he said)
            }

            if (startsContent && endsContent && (after is not null || before is not null || words >= Options.MinDirectWords))
            {
                var attribution = after ?? before;
                if (attribution is null && lastAttributed is { } last && last.Paragraph >= paraIndex - 1)
                {
                    // a quote continuing the speaker's paragraph inherits the speaker
                    drafts.Add(last with { Span = q, Kind = QuoteKind.Direct, Paragraph = paraIndex, Inherited = true });
                    continue;
                }

                var draft = new QuoteDraft(q, QuoteKind.Direct, attribution?.Cue, attribution?.Speaker, paraIndex);
                drafts.Add(draft);
                if (attribution?.Speaker is not null)
                {
                    lastAttributed = draft;
                }

                continue;
            }

            // a later fragment of the same reported clause ("… “important” and “a priority,”"): the cue is further back
            before ??= after is null && fullSentStart < sentStart ? AttributionBefore(text, fullSentStart, q.Start) : null;

            // "Trump's “excesses” are sickening, Hollande said Tuesday": the attribution closes the sentence
            Attribution? tail = null;
            int tailComma = -1;
            if (after is null && before is null)
            {
                (tail, tailComma) = AttributionAtSentenceEnd(text, q.End, Math.Min(para.End, nextQuote));
            }

            if (tail is not null && !IsTitle(text, q))
            {
                var start0 = fullSentStart;
                drafts.Add(new QuoteDraft(new TextSpan(start0, tailComma), startsContent && q.End >= tailComma - 1 ? QuoteKind.Direct : QuoteKind.Mixed, tail.Cue, tail.Speaker, paraIndex));
                if (tail.Speaker is not null)
                {
                    lastAttributed = drafts[^1];
                }

                continue;
            }

            var attr = after ?? before;
            if (attr is null || IsTitle(text, q))
            {
                continue; // a scare quote or a title: no one is quoted
            }

            // A quoted fragment inside reported speech: the quote covers the reported clause.
            int start = q.Start;
            int end = q.End;
            if (before is { } bb)
            {
                start = SkipThat(text, bb.Cue.End, q.Start);
                int that = Regex.Match(text[start..q.Start], @"\bthat\s+").Index;
                if (that > 0)
                {
                    start += that + Regex.Match(text[(start + that)..q.Start], @"^that\s+").Length;
                }
            }
            else
            {
                start = sentStart;
            }

            var merged = drafts.Count > 0 && drafts[^1].Kind == QuoteKind.Mixed && drafts[^1].Cue == attr.Cue ? drafts[^1] : null;
            if (merged is not null)
            {
                drafts[^1] = merged with { Span = new TextSpan(merged.Span.Start, end) };
                continue;
            }

            var mixed = new QuoteDraft(new TextSpan(Math.Min(start, q.Start), end), QuoteKind.Mixed, attr.Cue, attr.Speaker, paraIndex);
            drafts.Add(mixed);
            if (attr.Speaker is not null)
            {
                lastAttributed = mixed;
            }
        }

        return drafts;
    }

    private IEnumerable<QuoteDraft> FindIndirect(string text, IReadOnlyList<TextSpan> sentences, List<QuoteDraft> drafts, ClauseTags tags, List<QuoteDraft> swallowed)
    {
        var posts = new EmbeddedPosts(text, _lexicon.EmbedMarkers);
        var quotes = new QuoteIndex(text, drafts); // drafts grows by what this yields (AddRange)
        foreach (var s in sentences)
        {
            // an embedded post's sentences are no report of the article's, read by no path below
            if (posts.InPost(s))
            {
                continue;
            }

            if (quotes.AnyOverlaps(s) || ContainsMark(text, s) || quotes.AnyCueIn(s))
            {
                foreach (var draft in ReportBeforeCoordinatedQuote(text, s, quotes, tags).Concat(ReportAfterMarkedHead(text, s, quotes, tags))
                    .Concat(ReportBesideNaming(text, s, quotes, tags, swallowed)))
                {
                    yield return draft;
                }

                continue;
            }

            // "the Chinese CDC said it had conducted …, according to Sui-Lee Wee of the New York Times", "…, the Inner
            // Mongolia health commission said, according to Reuters": a chain of sources, whose inner speaker is the
            // quote's and the outer source none of its own (eval/quotes/UNSEEN.md, ninth sample); read without the
            // outer source when the rest reports a clause by a cue of its own ("the opioid crisis claimed 15,393 lives
            // …, according to …" does not: Wikinews), else as it stands
            if (OuterSourceComma(text, s) is int comma
                && ReadSentence(text, new TextSpan(s.Start, comma), quotes, tags).ToList() is { Count: > 0 } inner
                && inner.TrueForAll(d => ReportsByOwnCue(text, d, tags)))
            {
                foreach (var draft in inner)
                {
                    yield return draft;
                }

                continue;
            }

            foreach (var draft in ReadSentence(text, s, quotes, tags))
            {
                yield return draft;
            }
        }
    }

    /// <summary>
    /// The reports of a sentence's head before a quote whose cue is coordinated with it by "and" / "but": "Regev told
    /// Collins that Israel warned the area to evacuate weeks ago and said he was “happy to report” that …" (ninth
    /// sample) is two reports of one speaker, the "told … that" clause and the quote of "said". The head is read as a
    /// sentence of its own when it holds no quote mark, quote or quote cue, and kept only when every report found there
    /// has a cue of its own, a reported clause after it (<see cref="ReportsByOwnCue"/>) and the quote's speaker.
    /// </summary>
    private IEnumerable<QuoteDraft> ReportBeforeCoordinatedQuote(string text, TextSpan s, QuoteIndex quotes, ClauseTags tags)
    {
        foreach (var q in quotes.WithCueIn(s))
        {
            if (q.Cue is not { } cue || q.Span.Start < cue.End
                || CoordinationStart(text.AsSpan(s.Start, cue.Start - s.Start)) is not (>= 0 and var coordinationFrom)
                || CoordinatedVerb().Match(text, s.Start + coordinationFrom, cue.Start - s.Start - coordinationFrom) is not { Success: true } coordination)
            {
                continue;
            }

            var verb = coordination.Groups["word"];
            var head = new TextSpan(s.Start, verb.Index + verb.Length);
            if (ContainsMark(text, head) || quotes.AnyOverlaps(head) || quotes.AnyCueIn(head))
            {
                continue;
            }

            var inner = ReadSentence(text, head, quotes, tags).ToList();
            // the content after its cue: "Before becoming a judge last year, Wilson frequently criticized Obama … and called
            // passage of that law “perverse” …" reports nothing before "criticized" (fourth sample); and the quote's own
            // speaker, the two reports being one speaker's ("When I replied that he was a recruiter, the technician smiled
            // slyly and said, “…”" still passes, its quote's speaker wrongly "I" already: VOA, docs/knowledge.md)
            return inner.Count > 0 && inner.TrueForAll(d => ReportsByOwnCue(text, d, tags) && d.Span.Start >= d.Cue!.Value.End && d.Speaker is { } speaker && speaker == q.Speaker)
                ? inner : [];
        }

        return [];
    }

    /// <summary>
    /// The reports of a sentence whose only quotes are namings with quoted words (quote-naming-cues.txt: "called Bush
    /// “a liar”", "described as “unusual”"), read as mixed quotes by the quote-mark path: the sentence's other cues
    /// report their own clauses, as in a sentence without the naming ("Saddam repeatedly called Bush ``a liar'' and said
    /// a shooting war could …", "Iraq said the roundup was to protect them …; Waldegrave called the order ``grave and
    /// sinister.''": blind sample 21; "A spokesman … said operations had a loss …, adjustments that he described as
    /// “unusual.”": blind sample 24). Each report is kept when it has a cue of its own, a reported clause after it
    /// (<see cref="ReportsByOwnCue"/>) and a speaker, and either lies apart from every naming or holds one whole with its
    /// speaker (a naming in the report's clause: that naming is the report's and goes into <paramref name="swallowed"/>);
    /// a report that runs into a naming spoken by another ("…, calling the storm “…”") ends at the comma or semicolon
    /// before the naming's cue.
    /// </summary>
    private IEnumerable<QuoteDraft> ReportBesideNaming(string text, TextSpan s, QuoteIndex quotes, ClauseTags tags, List<QuoteDraft> swallowed)
    {
        var namings = quotes.WithCueIn(s);
        if (namings.Count == 0 || !namings.TrueForAll(q => q is { Kind: QuoteKind.Mixed, Cue: { } c } && q.Span.Start >= c.End && s.Contains(q.Span)
                && _lexicon.NamingWithQuotes.Contains(text.Substring(c.Start, c.Length).ToLowerInvariant())))
        {
            yield break;
        }

        // no other quote in the sentence: the stretches before, between and after the namings overlap none
        int from = s.Start;
        foreach (var q in namings.OrderBy(q => q.Span.Start))
        {
            if (q.Span.Start > from && quotes.AnyOverlaps(new TextSpan(from, q.Span.Start)))
            {
                yield break;
            }

            from = Math.Max(from, q.Span.End);
        }

        if (from < s.End && quotes.AnyOverlaps(new TextSpan(from, s.End)))
        {
            yield break;
        }

        foreach (var read in ReadSentence(text, s, quotes, tags).ToList())
        {
            var d = read;
            if (d is not { Cue: { } cue, Speaker: { } speaker } || namings.Exists(q => q.Cue == cue))
            {
                continue;
            }

            // a naming spoken by another clause than the report's: the report ends at the comma or semicolon before it
            if (namings.Where(q => q.Span.Overlaps(d.Span) && !InRelativeClause(text, d, q)).Select(q => NamingClauseStart(q, cue.End)).DefaultIfEmpty(-1).Min() is var clause and >= 0)
            {
                int searchFrom = Math.Max(cue.End, d.Span.Start);
                int stop = clause > searchFrom ? text.AsSpan(searchFrom, clause - searchFrom).LastIndexOfAny(',', ';') : -1;
                if (stop <= 0)
                {
                    continue;
                }

                d = d with { Span = new TextSpan(d.Span.Start, searchFrom + stop) };
            }

            var inside = namings.FindAll(q => q.Span.Overlaps(d.Span));
            if (!inside.TrueForAll(q => InRelativeClause(text, d, q)) || !ReportsByOwnCue(text, d, tags) || speaker.Overlaps(d.Span))
            {
                continue;
            }

            swallowed.AddRange(inside);
            yield return inside.Count > 0 ? d with { Kind = QuoteKind.Mixed } : d;
        }
    }

    /// <summary>
    /// Where a naming's clause opens after a report's cue ending at <paramref name="after"/>: its speaker there before its
    /// cue ("…; Waldegrave called the order “…”"), else its cue ("…, calling the storm “…”"), or its span if earlier.
    /// </summary>
    private static int NamingClauseStart(QuoteDraft q, int after)
        => Math.Min(q.Span.Start, q.Speaker is { } spk && spk.Start >= after && spk.Start < q.Cue!.Value.Start ? spk.Start : q.Cue!.Value.Start);

    /// <summary>
    /// Whether the naming <paramref name="q"/> lies whole in the report <paramref name="d"/> as a relative clause of its
    /// content spoken by a pronoun: a relative word or "what" right before the naming's pronoun speaker ("adjustments that
    /// he described as “unusual.”", "said … that what he called a “security response” was needed"). A naming by a name
    /// is another's words ("under what Mr. Hedge called “the prior economy model,” the club … charged": PolNeAR).
    /// </summary>
    private bool InRelativeClause(string text, QuoteDraft d, QuoteDraft q)
        => d.Span.Contains(q.Span) && q.Speaker is { } spk && d.Span.Contains(spk) && spk.End <= q.Cue!.Value.Start
            && _lexicon.Pronouns.Contains(text.Substring(spk.Start, spk.Length).Trim().ToLowerInvariant())
            && WordBefore(text, spk.Start, d.Span.Start) is { } word && text.Substring(word.Start, word.Length).ToLowerInvariant() is var relative
            && (ClauseRelativeWord().IsMatch(relative) || relative == "what");

    /// <summary>
    /// The reports of a sentence's second clause after "and" when its first clause holds the sentence's quote marks but
    /// no quote: "The Pentagon rejected these accusations as “patently false,” and both independent analysts and sources
    /// in the Rukban camp told Polygraph.info the … claims are false." (twelfth sample). The clause after the last mark's
    /// "and" is read as a sentence of its own when it holds no mark; its reports are kept only when each has a cue of
    /// its own, a reported clause after it (<see cref="ReportsByOwnCue"/>) and a speaker.
    /// </summary>
    private IEnumerable<QuoteDraft> ReportAfterMarkedHead(string text, TextSpan s, QuoteIndex quotes, ClauseTags tags)
    {
        if (quotes.AnyOverlaps(s) || quotes.AnyCueIn(s))
        {
            return [];
        }

        int mark = text.AsSpan(s.Start, s.Length).LastIndexOfAny(['"', '\u201D']);
        if (mark < 0)
        {
            return [];
        }

        if (AndAfterMark().Match(text, s.Start + mark + 1, s.End - s.Start - mark - 1) is not { Success: true } and)
        {
            // "A new recent breed of Android malware, dubbed “Agent Smith,” has infected 25 million handsets …, researchers
            // have said.": an attribution closing the sentence after the marks reports the clause before it, whose
            // quoted words are a name (no quote took them; fourteenth sample); "X's office said the deaths were caused by
            // gunshot wounds and called on the “interim” government to …": with no quote in the sentence its reports
            // stand as in a sentence without marks, each with a cue of its own and a speaker (eleventh sample)
            var whole = ReadSentence(text, s, quotes, tags).ToList();
            return whole.Count > 0 && whole.TrueForAll(d => d is { Cue: { } cue, Speaker: not null }
                    && (d.Span.End <= cue.Start ? s.Start + mark < d.Span.End : ReportsByOwnCue(text, d, tags)))
                ? whole : [];
        }

        var tail = new TextSpan(and.Index + and.Length, s.End);
        var inner = ReadSentence(text, tail, quotes, tags).ToList();
        return inner.Count > 0 && inner.TrueForAll(d => ReportsByOwnCue(text, d, tags) && d.Span.Start >= d.Cue!.Value.End && d.Speaker is not null)
            ? inner : [];
    }

    /// <summary>The last colon of a clause that opens a clause after it (a capital after it, three words or more before
    /// it): what follows it is a tail attribution's report.</summary>
    [GeneratedRegex(@"^(?:\S+\s+){2,}[^:]*?\w:\s+(?=[A-Z])(?!.*:\s)", RegexOptions.Singleline)]
    private static partial Regex ColonBeforeClause();

    /// <summary>"and" right after a closing mark (its comma inside the marks or after them), a clause after it.</summary>
    [GeneratedRegex(@"\G,?\s+and\s+(?=\w)")]
    private static partial Regex AndAfterMark();

    /// <summary>
    /// The turn of another speaker between a direct quote with its attribution and the next quote of the paragraph, which
    /// the run-on rule ("A," he said. "B.") would join to it (sample 31): a clause coordinated after the attribution
    /// with its own subject and a cue closing right before the quote ("“A,” Ebeling said, and her husband cut in.
    /// “B.”": the cue and the subject), or a sentence of its own between them opened by another person's name and a
    /// verb that is no cue ("“A,” Tom Ebeling said, pointing to …. Betsy Ebeling shook her head. “B.”": the person
    /// named the subject, no cue; the pronoun "He paused." opens no turn). Null when neither stands there.
    /// </summary>
    private (TextSpan? Cue, TextSpan Speaker)? TurnBetween(string text, QuoteDraft prev, int quoteStart, List<TextSpan> persons, IReadOnlyList<TextSpan> sentences)
    {
        int from = Math.Max(prev.Span.End, Math.Max(prev.Cue?.End ?? 0, prev.Speaker?.End ?? 0));
        if (from >= quoteStart || prev.Cue is null || prev.Cue.Value.Start < prev.Span.End)
        {
            return null;
        }

        var between = text[from..quoteStart];
        if (between.AsSpan().IndexOfAny("\"“”\n") >= 0)
        {
            return null;
        }

        var cues = _lexicon.FindCues(between);
        if (cues.Count > 0 && cues[^1] is var c && TurnCueEnd().IsMatch(between.AsSpan(c.Index + c.Length))
            && CoordinatedSubject().Match(between[..c.Index]) is { Success: true } subject
            && new TextSpan(from + subject.Groups["spk"].Index, from + subject.Groups["spk"].Index + subject.Groups["spk"].Length) is var spk
            && IsSpeakerPhrase(text, spk))
        {
            return (new TextSpan(from + c.Index, from + c.Index + c.Length), spk);
        }

        // the last sentence between them (a sentence of the text: not the "Mr. Trump" of "… to hear Mr. Trump speak."),
        // opened by a person's name and a lower-case word (a verb), the name not made of the speaker's words only ("says
        // Melissa Roloson, 32, …. Roloson supports …" is her turn still; PolNeAR; "Betsy Ebeling" after "Tom Ebeling" is not)
        if (prev.Speaker is { } said && NamedSentence().Match(between) is { Success: true } sentence
            && from + sentence.Groups["rest"].Index is var start && SentenceStart(sentences, start) == start
            && _lexicon.FindCues(sentence.Groups["rest"].Value).Count == 0)
        {
            var name = persons.Where(p => p.Start == start).OrderByDescending(p => p.End).FirstOrDefault();
            var saidWords = SpeakerWords().Matches(text[said.Start..said.End]).Select(w => w.Value).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (name.End > start && LowerWordNext().IsMatch(text.AsSpan(name.End, Math.Min(text.Length, name.End + 20) - name.End))
                && !SpeakerWords().Matches(text[name.Start..name.End]).All(w => saidWords.Contains(w.Value)))
            {
                return (null, name);
            }
        }

        return null;
    }

    /// <summary>A cue closing its clause right before the next quote: a full stop or a colon only.</summary>
    [GeneratedRegex(@"^\s*[.:]\s*$")]
    private static partial Regex TurnCueEnd();

    /// <summary>"…, and her husband" before a cue: the coordinated clause's subject, three to sixty characters without punctuation.</summary>
    [GeneratedRegex(@"\band\s+(?<spk>[^\s,.;:!?][^,.;:!?]{1,58}?)\s+$")]
    private static partial Regex CoordinatedSubject();

    /// <summary>The last of two or more sentences, its own ending in a full stop before the next quote.</summary>
    [GeneratedRegex(@"[.!?]\s+(?<rest>[A-Z][^.!?]*[.!?])\s*$")]
    private static partial Regex NamedSentence();

    /// <summary>A lower-case word right after a name: the verb of the sentence it opens ("Betsy Ebeling shook"; not "'s").</summary>
    [GeneratedRegex(@"^\s+[a-z]")]
    private static partial Regex LowerWordNext();

    /// <summary>Whether a cue is "according to" (which attributes, but is no verb of speech the rules read a clause after).</summary>
    // the attribution after a mixed quote closes its sentence before the next quote ("…,” Ward says. “…"; not "Trump said, “…")
    [GeneratedRegex(@"\.\s*$")]
    private static partial Regex SentenceEndBefore();

    /// <summary>Only a sentence's closing stop between a report and what follows it.</summary>
    [GeneratedRegex(@"^\s*[.!?]\s*$")]
    private static partial Regex SentenceCloseOnly();

    private static bool IsAccordingTo(ReadOnlySpan<char> cue) => cue.StartsWith("according", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a report read from part of a sentence has a cue other than "according to" and, when its content follows
    /// the cue, a reported clause ("the opioid crisis claimed 15,393 lives" does not: Wikinews).
    /// </summary>
    private bool ReportsByOwnCue(string text, QuoteDraft d, ClauseTags tags) =>
        d.Cue is { } c && !IsAccordingTo(text.AsSpan(c.Start, c.Length))
        && (d.Span.End <= c.Start || ReportsClause(text, c, d.Span, tags));

    /// <summary>
    /// The comma before a closing ", according to X." of a sentence that holds another cue before it (a chain of
    /// sources), or null.
    /// </summary>
    private int? OuterSourceComma(string text, TextSpan s)
    {
        var sentence = text.AsSpan(s.Start, s.Length);
        int comma = sentence.LastIndexOf(',');
        if (comma <= 0 || !OuterSourceTail().IsMatch(sentence[comma..]))
        {
            return null;
        }

        var before = text.Substring(s.Start, comma);
        return _lexicon.FindCues(before).Any(c => !IsAccordingTo(c.Value)) ? s.Start + comma : null;
    }

    /// <summary>", according to X." closing a sentence, X a name or a phrase with no comma.</summary>
    [GeneratedRegex(@"^,\s+(?i:according\s+to)\s+[^,;:!?“”""()\n]{2,80}?[.!?]?\s*$")]
    private static partial Regex OuterSourceTail();

    /// <summary>The indirect quotes of one sentence with no quote marks.</summary>
    private IEnumerable<QuoteDraft> ReadSentence(string text, TextSpan s, QuoteIndex quotes, ClauseTags tags)
    {
        var sentence = text.Substring(s.Start, s.Length);
        int contentEnd = s.End;
        while (contentEnd > s.Start && text[contentEnd - 1] is '.' or '!' or '?' or ' ')
        {
            contentEnd--;
        }

        // "…, X said." / "…, said X." / "…, according to X."
        // A speaker-then-cue tail holds a cue after whitespace, which the cue pattern finds in the sentence as well
        // (no cue or look-behind of it reaches back across a comma): without a cue after the comma, none is tried.
        var cues = _lexicon.FindReportCues(sentence);
        bool found = false;
        for (int comma = sentence.LastIndexOf(',') ; comma > 0 && !found; comma = sentence.LastIndexOf(',', comma - 1))
        {
            // "A spokesman for the Stamford, Conn.-based company said …": a place's comma opens no attribution
            if (IsPlaceComma(text, s.Start + comma, s.Start))
            {
                continue;
            }

            // The tail is cut only for a pattern that can match it: cue-then-speaker needs a cue word right after the comma.
            string? tail = null;
            var m = cues.Count > 0 && cues[^1].Index > comma ? _lexicon.SpeakerThenCue.Match(tail = sentence[comma..]) : Match.Empty;
            // ", a retired judge who argues that …" is a relative clause of saying, read below, not a speaker after its content
            if (m.Success && RelativeWord().IsMatch(m.Groups["spk"].ValueSpan))
            {
                m = Match.Empty;
            }

            // "…, a charge Gonzalez denied.": an article and a noun of a claim before the speaker head a reduced relative
            // clause, the cue's object, and the words before the comma are no report of it (quote-claim-nouns.txt; sample 29)
            if (m.Success && ClaimHead().Match(m.Groups["spk"].Value) is { Success: true } claim
                && _lexicon.ClaimNouns.Contains(claim.Groups["noun"].Value.ToLowerInvariant()))
            {
                m = Match.Empty;
            }

            // "…, The Korea Times reported, down from 19% a week earlier.": a phrase after the attribution that goes on
            // with the report (quote-report-continuations.txt) makes the whole sentence the report (sixteenth sample)
            if (m.Success && tail is not null && !RelativeWord().IsMatch(m.Groups["spk"].ValueSpan) && tail.AsSpan(m.Index + m.Length) is var after
                && _lexicon.ReportContinuation.Match(tail, m.Index + m.Length, after.Length) is { Success: true } continued
                && !HoldsClauseVerb(after[continued.Length..]) && comma > 15)
            {
                var cue = new TextSpan(s.Start + comma + m.Groups["cue"].Index, s.Start + comma + m.Groups["cue"].Index + m.Groups["cue"].Length);
                var spk = new TextSpan(s.Start + comma + m.Groups["spk"].Index, s.Start + comma + m.Groups["spk"].Index + m.Groups["spk"].Length);
                yield return new QuoteDraft(new TextSpan(s.Start, contentEnd), QuoteKind.Indirect, cue, spk, -1);
                found = true;
                break;
            }

            // "…, continues to lose money, the executives acknowledged, but they said they consider …": an attribution
            // that ", and" or ", but" and a clause with a cue of its own follow closes the report before it, and the
            // clause after the conjunction is read as a sentence of its own (twenty-third sample)
            if (m.Success && tail is not null && comma > 15 && LowerCaseWord().IsMatch(sentence.AsSpan(0, comma))
                && CoordinatedAfterAttribution().Match(tail, m.Index + m.Length) is { Success: true } coordinated
                && s.Start + comma + coordinated.Index + coordinated.Length is var restStart
                && _lexicon.FindCues(text.Substring(restStart, s.End - restStart)).Count > 0)
            {
                var rest = ReadSentence(text, new TextSpan(restStart, s.End), quotes, tags).Where(d => ReportsByOwnCue(text, d, tags)).ToList();
                if (rest.Count > 0)
                {
                    var cue = new TextSpan(s.Start + comma + m.Groups["cue"].Index, s.Start + comma + m.Groups["cue"].Index + m.Groups["cue"].Length);
                    var spk = new TextSpan(s.Start + comma + m.Groups["spk"].Index, s.Start + comma + m.Groups["spk"].Index + m.Groups["spk"].Length);
                    yield return new QuoteDraft(new TextSpan(s.Start, s.Start + comma), QuoteKind.Indirect, cue, spk, -1);
                    foreach (var d in rest)
                    {
                        yield return d;
                    }

                    found = true;
                    break;
                }
            }

            if (!m.Success || !EndsAttribution(sentence, comma, tail.AsSpan(m.Index + m.Length)))
            {
                m = _lexicon.CueMayOpenAt(sentence, comma) ? CueThenSpeaker(tail ?? sentence[comma..]) : Match.Empty;

                // "Collins, who opposed the bill, said Wilson had made …": a clause after the cue (an auxiliary or a modal
                // before the next comma) is the cue's report, and the words before the comma its subject with an aside
                if (m.Success && !IsAccordingTo(m.Groups["cue"].Value)
                    && HoldsClauseVerb(sentence.AsSpan(comma + m.Groups["cue"].Index + m.Groups["cue"].Length)))
                {
                    m = Match.Empty;
                }

                // "…, saying the city had …": after a participle comes its content, never its speaker
                if (m.Success && m.Groups["cue"].Value is var c && c.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !IsAccordingTo(c))
                {
                    m = Match.Empty;
                }
            }

            // "HEALTHDYNE Inc., Atlanta, said its subsidiary … registered …": words before the comma with no lower-case word
            // are a name and its place (a wire lead), no fronted report; the cue reports the words after it (seventeenth
            // sample)
            if (m.Success && comma > 15 && !LowerCaseWord().IsMatch(sentence.AsSpan(0, comma)))
            {
                m = Match.Empty;
            }

            // "Ted Eubank, Coda's president, said the loan carries …", "Mr. Drabinsky, who would have had …, said the
            // purchase, subsequently rejected by regulators, was …": a subject and its comma-set asides before the cue,
            // with a clause after it, are the cue's speaker, no fronted report (samples 24, 25)
            if (m.Success && comma > 15 && m.Groups["cue"].Index < m.Groups["spk"].Index && !IsAccordingTo(m.Groups["cue"].Value)
                && LeadSubject(text, s.Start, s.Start + comma, tags) is not null
                && HoldsFiniteVerb(text, s.Start + comma + m.Groups["cue"].Index + m.Groups["cue"].Length, contentEnd, tags))
            {
                m = Match.Empty;
            }

            // "They said they would appeal the decision, announced Wednesday by INS Commissioner Doris Meissner, that …": a
            // participle whose agent follows "by" (after time words) is a passive aside on the noun before the comma, no
            // inverted cue; the sentence's own cue is read (sample 25); so is one followed by time words alone ("But under
            // new terms of the agreement, announced Friday, LIN holders would …": sample 29)
            if (m.Success && m.Groups["cue"].Index < m.Groups["spk"].Index && PassiveAside(m.Groups["spk"].Value))
            {
                m = Match.Empty;
            }

            if (m.Success && comma > 15)
            {
                var cue = new TextSpan(s.Start + comma + m.Groups["cue"].Index, s.Start + comma + m.Groups["cue"].Index + m.Groups["cue"].Length);
                var spk = new TextSpan(s.Start + comma + m.Groups["spk"].Index, s.Start + comma + m.Groups["spk"].Index + m.Groups["spk"].Length);
                // "Android devices face a slew of threats: A new recent breed …, researchers have said.": the clause before
                // a colon is the writer's, the report the clause after it (fourteenth sample)
                int from = ColonBeforeClause().Match(sentence[..comma]) is { Success: true } colon ? s.Start + colon.Index + colon.Length : s.Start;
                yield return new QuoteDraft(new TextSpan(from, s.Start + comma), QuoteKind.Indirect, cue, spk, -1);
                found = true;

                // "…, said the officials, who added that they were swapping …": a relative clause of saying after the
                // speaker is a report of its own, whose speaker is the relative pronoun (the phrase it hangs on), read
                // from the speaker on (sixteenth sample)
                if (RelativeAfterSpeaker().IsMatch(text.AsSpan(spk.End)))
                {
                    foreach (var relative in ReadSentence(text, new TextSpan(spk.Start, s.End), quotes, tags))
                    {
                        if (relative.Speaker is { } who && text[who.Start..who.End] == "who" && who.Start > spk.End && ReportsByOwnCue(text, relative, tags))
                        {
                            yield return relative;
                        }
                    }
                }
            }

            if (comma < 15)
            {
                break;
            }
        }

        if (found)
        {
            yield break;
        }

        // "He had, according to Alex Horton of the Washington Post, killed and eaten …", "Yersinia pestis, per the WHO,
        // is often found …": a source between two commas inside the clause ("per" as "according to"); the report is
        // the whole sentence, as "Currently, said X, there are …" (eval/quotes/UNSEEN.md's guideline; ninth sample)
        if (MidClauseSource().Match(sentence) is { Success: true } aside
            && WordCount(text, new TextSpan(s.Start + aside.Index + aside.Length, Math.Max(s.Start + aside.Index + aside.Length, contentEnd))) >= 3)
        {
            var asideCue = aside.Groups["cue"];
            var asideSpeaker = aside.Groups["spk"];
            yield return new QuoteDraft(new TextSpan(s.Start, contentEnd), QuoteKind.Indirect,
                new TextSpan(s.Start + asideCue.Index, s.Start + asideCue.Index + asideCue.Length),
                new TextSpan(s.Start + asideSpeaker.Index, s.Start + asideSpeaker.Index + asideSpeaker.Length), -1);
            yield break;
        }

        // "…, an inquest has heard." / "The inquest heard that …": a report before a body that hears it, with no
        // speaker (eval/quotes/UNSEEN.md, samples 5 and 8; quote-hearers.txt)
        if (_lexicon.HearerReport(sentence) is { Success: true } heard)
        {
            var heardCue = new TextSpan(s.Start + heard.Groups["cue"].Index, s.Start + heard.Groups["cue"].Index + heard.Groups["cue"].Length);
            var reported = heard.Groups["content"] is { Success: true } clause
                ? new TextSpan(s.Start + clause.Index, Math.Max(s.Start + clause.Index, contentEnd))
                : new TextSpan(s.Start, s.Start + heard.Index - 1);
            if (WordCount(text, reported) >= 3)
            {
                yield return new QuoteDraft(reported, QuoteKind.Indirect, heardCue, null, -1);
            }

            yield break;
        }

        // "According to the owner, only women work there": the attribution opens the sentence, the clause follows its comma
        if (cues.Count > 0 && IsAccordingTo(cues[0].Value) && string.IsNullOrWhiteSpace(sentence[..cues[0].Index])
            && CueThenSpeaker(sentence) is { Success: true } opening
            && opening.Groups["spk"] is var openingSpeaker && s.Start + openingSpeaker.Index + openingSpeaker.Length is var speakerEnd
            && speakerEnd < contentEnd && text[speakerEnd] == ',')
        {
            int from = SkipObjectAndThat(text, speakerEnd + 1, contentEnd);
            if (WordCount(text, new TextSpan(from, Math.Max(from, contentEnd))) >= 3)
            {
                var cue = new TextSpan(s.Start + cues[0].Index, s.Start + cues[0].Index + cues[0].Length);
                yield return new QuoteDraft(new TextSpan(from, contentEnd), QuoteKind.Indirect, cue, new TextSpan(s.Start + openingSpeaker.Index, speakerEnd), -1);
            }

            yield break;
        }

        // "Noting that the company is offering …, he said the response …": a participle of saying with "that" opening the
        // sentence reports its clause, up to the comma before the subject of a later cue, whose speaker it has (twenty-third
        // sample); the later cue's own report is read below
        var participleReport = OpeningParticiple(text, s, cues);
        if (participleReport is not null)
        {
            yield return participleReport;
        }

        // "X said (that) …"
        int mainClauseFrom = -1;
        foreach (Match cueMatch in cues)
        {
            var cue = new TextSpan(s.Start + cueMatch.Index, s.Start + cueMatch.Index + cueMatch.Length);
            if (cue.Start < mainClauseFrom || (participleReport?.Cue is { } opened && opened.Start == cue.Start))
            {
                continue;
            }

            if (IsAccordingTo(cueMatch.Value) || quotes.HasCue(cue))
            {
                // a naming's cue with quoted words read by the quote-mark path ("Saddam repeatedly called Bush ``a liar''
                // and said …"): a later cue of the sentence is read (ReportBesideNaming)
                if (!IsAccordingTo(cueMatch.Value) && _lexicon.NamingWithQuotes.Contains(cueMatch.Value.ToLowerInvariant()))
                {
                    continue;
                }

                break;
            }

            // "It was told that …", "She was told by the prosecutor that …": a passive cue before "that" reports the
            // agent's speech, or no one's when none is given; its subject is the hearer (eval/quotes/UNSEEN.md:
            // "Officials were informed that …" has speaker null)
            if (_lexicon.PassiveReport(text, cue.Start) is { Success: true } passive)
            {
                var agent = passive.Groups["agent"];
                int from = passive.Index + passive.Length;
                var reported = new TextSpan(from, Math.Max(from, contentEnd));
                if (WordCount(text, reported) >= 3)
                {
                    yield return new QuoteDraft(reported, QuoteKind.Indirect, cue, agent.Success ? new TextSpan(agent.Index, agent.Index + agent.Length) : null, -1);
                }

                break;
            }

            // "While researchers don't say how many …, Stefanko said that …": a negated cue reports nothing of its subject;
            // a later cue of the sentence is read (fourteenth sample); nor does a reduced passive naming ("used the
            // technique called “mental chronometry” — that is, …": fifteenth sample)
            if (_lexicon.Negated(text, cue.Start, s.Start)
                || (_lexicon.Naming.Contains(cueMatch.Value.ToLowerInvariant()) && ReducedPassive(text, cue.Start, s.Start)))
            {
                continue;
            }

            // "Hernandez defended the order, saying the city …": a participle after a comma reports the sentence subject's speech;
            // so does one after "by" or "in" when a clause follows ("DeSantis made news … by clearly saying the conflict …
            // needs to come to an end", sample 2; "by writing a letter" reports nothing)
            bool ingCue = cueMatch.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
            bool afterByOrIn = ingCue && QuoteLexicon.AfterByOrIn(text, cue.Start);
            // (its speaker the subject of the finite verb before it, "… weeks after President Fox angered many by saying …";
            // none after a passive, "You will be diagnosed just by saying what …", Wikinews)
            TextSpan? meansSubject = null;
            if (afterByOrIn && (!ReportsAfterByOrIn(text, cue, cueMatch.Value, contentEnd, tags)
                || !MeansClauseSubject(text, s.Start, cue.Start, tags, out meansSubject)))
            {
                continue;
            }

            // "Sullivan responded by explaining it was impossible …": a cue whose means a participle of saying after "by"
            // or "in" gives reports through that participle, read next (sample 34)
            if (ByParticipleNext(text, cue, cues, s.Start))
            {
                continue;
            }

            bool participle = ingCue && (PrecededByComma(text, cue.Start) || afterByOrIn);
            // "Green accepts that …, but says …", "many institutions are relying on …, and say …": a cue coordinated with
            // the sentence's first verb reports the sentence subject's speech
            // (a cue in -s other than "says" may be a plural noun there, "citing worries … and claims the money …": only before "that")
            bool coordinated = !participle && CoordinationStart(text.AsSpan(s.Start, cue.Start - s.Start)) is >= 0 and var coordinationFrom
                && CoordinatedVerb().IsMatch(text.AsSpan(s.Start + coordinationFrom, cue.Start - s.Start - coordinationFrom))
                && (!cueMatch.Value.EndsWith('s') || cueMatch.Value.Equals("says", StringComparison.OrdinalIgnoreCase) || ThatOpening().IsMatch(text.AsSpan(cue.End, contentEnd - cue.End)));
            // (a participle's subject is the sentence's: read leftwards, ", Wild coach Bruce Boudreau expressed …, saying"
            // looked like an aside and the fronted "Hours before Zach Parise's …" like the subject, ninth sample; a lone
            // demonstrative is no speaker, "This is a major change for Meta, a company that …, arguing": sample 4)
            // (the determiner is kept when nothing else is found: "A spokesperson for OpenAI questioned …, noting that …"
            // gives "A", which the speaker's cleaning widens)
            var sentenceSubject = participle && OpensReportedClause(text, cueMatch.Value, cue.End, contentEnd) ? meansSubject ?? SentenceSubject(text, s.Start, cue.Start) : null;
            bool loneDeterminer = sentenceSubject is { } lone && _lexicon.Determiners.Contains(text[lone.Start..lone.End].ToLowerInvariant());
            var speaker = QuotedAsSaying(text, s.Start, cue) is { } quotedSource ? quotedSource
                : participle
                ? (loneDeterminer ? SubjectLeftOf(text, cue.Start, s.Start) ?? sentenceSubject : sentenceSubject ?? SubjectLeftOf(text, cue.Start, s.Start))
                : SubjectLeftOf(text, cue.Start, s.Start)
                    ?? (coordinated && OpensReportedClause(text, cueMatch.Value, cue.End, contentEnd) ? SentenceSubject(text, s.Start, cue.Start) : null);
            if (speaker is null)
            {
                continue;
            }

            // "We’ll start by noting that …": a first person outside quote marks is the writer, whose means report nothing
            // (sample 10)
            if (afterByOrIn && FirstPerson().IsMatch(text.AsSpan(speaker.Value.Start, speaker.Value.Length)))
            {
                continue;
            }

            // "The lawyers for the boy's relatives in Miami said", "Tour operators who specialize in … Kenya and Tanzania
            // say": words read inside the subject's post-modifier are no speaker; its head is (samples 22-33)
            if (ModifiedSubjectHead(text, s.Start, speaker.Value, cue.Start, tags) is { } modifiedHead)
            {
                speaker = modifiedHead;
            }
            else if (ApposedListHost(text, s.Start, speaker.Value, cue.Start) is { } host
                && ModifiedSubjectHead(text, s.Start, host, cue.Start, tags) is { } hostHead)
            {
                // "a group led by three of the company's directors, Burt Sugarman, … and Willam E. Trotter II, indicated":
                // names set off after a modifier's noun are that noun's, inside the modifier; the head speaks (sample 26)
                speaker = hostHead;
            }

            // "Cambrex Corp., Bayonne, N.J., said …", "Nashua, whose major business is selling copiers, facsimile machines
            // …, said …": right after a sentence's subject and its comma-set asides, the cue's speaker is that subject, not
            // words of an aside (samples 17, 24); a whole aside that is a description ("Chi Onwurah, the Labour MP for …,
            // who …, said") stays, standing for the name (WithApposedName)
            if (!participle && text.LastIndexOf(',', cue.Start - 1, cue.Start - s.Start) is var leadComma && leadComma > s.Start
                && text.AsSpan(leadComma + 1, cue.Start - leadComma - 1).IsWhiteSpace()
                && LeadSubject(text, s.Start, leadComma, tags) is { } lead && speaker.Value.Start >= lead.End
                && !(ArticleOpening().IsMatch(text.AsSpan(speaker.Value.Start, speaker.Value.Length))
                    && text.AsSpan(s.Start, speaker.Value.Start - s.Start).TrimEnd().EndsWith(",")
                    && text.AsSpan(speaker.Value.End).TrimStart().StartsWith(",")))
            {
                speaker = lead;
            }

            // "Barkley, who said he typically votes democratic, said one candidate …": a relative clause of saying set off
            // by commas in the sentence's subject reports up to its closing comma; the main clause's cue after it is read
            // next, its report its own (samples 33 and 35)
            int relativeEnd = RelativeAsideEnd(text, s.Start, speaker.Value, cue.End, contentEnd, tags);

            // "The party has denied the allegations, saying the board …": the participle's clause is a report of its
            // own, of the same speaker, and the first cue's content ends at the comma before it
            int end = relativeEnd >= 0 ? relativeEnd : contentEnd;
            QuoteDraft? second = null;
            foreach (Match later in relativeEnd >= 0 ? [] : cues)
            {
                var laterCue = new TextSpan(s.Start + later.Index, s.Start + later.Index + later.Length);
                if (laterCue.Start > cue.End && later.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !IsAccordingTo(later.Value)
                    && PrecededByComma(text, laterCue.Start) && OpensReportedClause(text, later.Value, laterCue.End, contentEnd))
                {
                    end = text.LastIndexOf(',', laterCue.Start - 1);
                    int from = SkipObjectAndThat(text, laterCue.End, contentEnd, tags);
                    second = new QuoteDraft(new TextSpan(from, Math.Max(from, contentEnd)), QuoteKind.Indirect, laterCue, speaker, -1);
                    break;
                }

                // "… said any pauses should be temporary, and insisted they would not …", "Russia said it could not …, and
                // Damascus said it was …", "said another 30 people had been injured …, but added the exact circumstances …
                // remained unclear" (eleventh sample): a cue after ", and" or ", but" opens a report of its own, of the same speaker or of the
                // subject between "and" and the cue, and the first cue's content ends at that comma
                if (laterCue.Start > cue.End && !later.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !IsAccordingTo(later.Value)
                    && AndBeforeCue().Match(text, cue.End, laterCue.Start - cue.End) is { Success: true } coordination
                    && (coordination.Groups["comma"].Success || _lexicon.CoordinatedCues.Contains(later.Value.ToLowerInvariant())
                        || ThatOpening().IsMatch(text.AsSpan(laterCue.End, contentEnd - laterCue.End)))
                    && OpensReportedClause(text, later.Value, laterCue.End, contentEnd))
                {
                    var laterSpeaker = coordination.Groups["subject"].Length == 0 ? speaker : SubjectLeftOf(text, laterCue.Start, coordination.Groups["subject"].Index);
                    if (laterSpeaker is null)
                    {
                        continue;
                    }

                    end = coordination.Index;
                    int from = SkipObjectAndThat(text, laterCue.End, contentEnd, tags);
                    second = new QuoteDraft(new TextSpan(from, Math.Max(from, contentEnd)), QuoteKind.Indirect, laterCue, laterSpeaker, -1);
                    break;
                }

                // "Cuban exiles in Miami say the boy's mother died …, while the Cuban government maintains Elian is …" (sample
                // 27), "…, while Trump is arguing that …": a cue after ", while" and a subject of its own opens that subject's
                // report, and the first cue's content ends at the comma (a participle only as a progressive)
                if (laterCue.Start > cue.End && !IsAccordingTo(later.Value)
                    && WhileBeforeCue().Match(text, cue.End, laterCue.Start - cue.End) is { Success: true } contrast
                    && (!later.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || IsProgressiveCue(text, laterCue.Start))
                    && OpensReportedClause(text, later.Value, laterCue.End, contentEnd)
                    && SubjectLeftOf(text, laterCue.Start, contrast.Groups["subject"].Index) is { } contrastSpeaker)
                {
                    end = contrast.Index;
                    int from = SkipObjectAndThat(text, laterCue.End, contentEnd, tags);
                    second = new QuoteDraft(new TextSpan(from, Math.Max(from, contentEnd)), QuoteKind.Indirect, laterCue, contrastSpeaker, -1);
                    break;
                }
            }

            int start = SkipObjectAndThat(text, cue.End, Math.Max(cue.End, end), tags);
            var content = new TextSpan(start, Math.Max(start, end));

            // "Castro noted the importance that Cuba's younger generations have played in …": the noun's relative clause,
            // no report (sample 30)
            if (second is null && NounRelative(text, cue, start, tags))
            {
                continue;
            }

            // "Just as the UAW announced the Stellantis deal, workers … said they were walking out": a cue with an object
            // and no reported clause reports nothing (dropped in Process), so a later cue of the sentence is read
            if (second is null && _lexicon.ObjectCueAt(text, cue.Start) == CueObject.UnlessClause && !ReportsClause(text, cue, content, tags))
            {
                continue;
            }

            if (WordCount(text, content) >= 3)
            {
                yield return new QuoteDraft(content, QuoteKind.Indirect, cue, speaker, -1);
            }

            if (second is not null && WordCount(text, second.Span) >= 3)
            {
                yield return second;
            }

            if (relativeEnd >= 0)
            {
                mainClauseFrom = relativeEnd;
                continue;
            }

            break;
        }
    }

    /// <summary>
    /// The closing comma of a relative clause of saying set off by commas in the sentence's subject, whose cue ends at
    /// <paramref name="cueEnd"/> and whose speaker is its relative pronoun ("Barkley, who said he typically votes
    /// democratic, said …", "Podesta, who said the project was vetted …, said …"), or -1: the first comma after the cue
    /// before which the sentence is a subject and its comma-set asides (<see cref="LeadSubject"/>) and after which a
    /// predicate opens (<see cref="OpensPredicate"/>: "said", "likes", "told").
    /// </summary>
    private int RelativeAsideEnd(string text, int sentStart, TextSpan speaker, int cueEnd, int contentEnd, ClauseTags tags)
    {
        if (text[speaker.Start..speaker.End] != "who" || !text.AsSpan(sentStart, speaker.Start - sentStart).TrimEnd().EndsWith(","))
        {
            return -1;
        }

        for (int comma = text.IndexOf(',', cueEnd, contentEnd - cueEnd); comma >= 0; comma = text.IndexOf(',', comma + 1, contentEnd - comma - 1))
        {
            if (OpensPredicate(text, comma + 1, contentEnd, tags) && LeadSubject(text, sentStart, comma, tags) is not null)
            {
                return comma;
            }
        }

        return -1;
    }

    /// <summary>
    /// The report of a participle cue that opens the sentence before "that" ("Noting that …, he said …"): its clause up to
    /// the comma right before the subject of a later cue of the sentence, that subject its speaker; null when there is none.
    /// </summary>
    private QuoteDraft? OpeningParticiple(string text, TextSpan s, IReadOnlyList<Match> cues)
    {
        if (cues is not [var first, ..] || !first.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || IsAccordingTo(first.Value)
            || !text.AsSpan(s.Start, first.Index).IsWhiteSpace() || !ThatOpening().IsMatch(text.AsSpan(s.Start + first.Index + first.Length)))
        {
            return null;
        }

        var participle = new TextSpan(s.Start + first.Index, s.Start + first.Index + first.Length);
        foreach (Match later in cues.Skip(1))
        {
            int laterStart = s.Start + later.Index;
            if (later.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase) || IsAccordingTo(later.Value)
                || SubjectLeftOf(text, laterStart, participle.End) is not { } speaker)
            {
                continue;
            }

            int comma = speaker.Start - 1;
            while (comma > participle.End && char.IsWhiteSpace(text[comma]))
            {
                comma--;
            }

            if (text[comma] != ',')
            {
                return null;
            }

            int from = SkipObjectAndThat(text, participle.End, comma);
            var content = new TextSpan(from, Math.Max(from, comma));
            return WordCount(text, content) >= 3 ? new QuoteDraft(content, QuoteKind.Indirect, participle, speaker, -1) : null;
        }

        return null;
    }

    /// <summary>
    /// A source between two commas after the clause's first words: ", according to X," or ", per X," (X a name, or a
    /// phrase opening with a determiner; "per" only before a capital: "$5 per share" is no source; after "according to"
    /// also a name after lower-case words, "according to whale rescue group Project Jonah, with 140 pilot whales …",
    /// sixteenth sample), or an inverted cue
    /// ", says X, an immunologist at …, helps …" (its apposition's own commas left in the report; tenth sample).
    /// </summary>
    // The clause before the first comma, with a word in it: the same match as "^[^,]*?\w[^,]*,", whose lazy and greedy
    // runs were tried against each other (quadratic: a 1 MB sentence without a comma took 12 s of CPU, 0.5 MB 3 s).
    [GeneratedRegex(@"^(?=[^,]*?\w)(?>[^,]*),\s+(?<cue>(?i:according\s+to)|per(?=\s+(?:the\s+)?[A-Z])|says|said)\s+(?<spk>(?:(?i:the|a|an|his|her|their|its)\s+)?[A-Z][^,;:.!?“”""()\n]{0,60}?|(?i:the|a|an|his|her|their|its)\s+[^,;:.!?“”""()\n]{1,60}?|(?<=(?i:according\s+to)\s+)(?:[a-z]+\s+){1,4}[A-Z][^,;:.!?“”""()\n]{0,60}?),\s+(?=\w)")]
    private static partial Regex MidClauseSource();

    /// <summary>
    /// "“…,” Hasib said, adding that he was scared …": a participle after a quote's attribution, in its sentence,
    /// reports more of that speaker's speech (indirect; mixed when it quotes words), up to the sentence end.
    /// </summary>
    private IEnumerable<QuoteDraft> FindParticipleAfterAttribution(string text, IReadOnlyList<TextSpan> sentences, List<QuoteDraft> quotes)
    {
        var index = new QuoteIndex(text, quotes);
        foreach (var d in quotes)
        {
            if (d is not { Kind: QuoteKind.Direct or QuoteKind.Mixed, Cue: { } cue, Speaker: { } spk } || cue.Start < d.Span.End || d.Inherited)
            {
                continue;
            }

            int attributionEnd = Math.Max(cue.End, spk.End);
            int si = TextSpans.IndexContaining(sentences, attributionEnd - 1);
            if (si < 0)
            {
                continue;
            }

            int contentEnd = sentences[si].End;
            while (contentEnd > attributionEnd && text[contentEnd - 1] is '.' or '!' or '?' or ' ' or '\n')
            {
                contentEnd--;
            }

            var m = ParticipleOpening().Match(text, attributionEnd, contentEnd - attributionEnd);
            if (!m.Success || (_lexicon.FindFirstCue(m.Groups["cue"].Value) is not { Success: true, Index: 0 } found || found.Length != m.Groups["cue"].Length)
                    && !_lexicon.ClauseParticiples.Contains(m.Groups["cue"].Value.ToLowerInvariant())
                || !OpensReportedClause(text, m.Groups["cue"].Value, m.Groups["cue"].Index + m.Groups["cue"].Length, contentEnd))
            {
                continue;
            }

            var participle = new TextSpan(m.Groups["cue"].Index, m.Groups["cue"].Index + m.Groups["cue"].Length);
            int start = SkipObjectAndThat(text, participle.End, contentEnd);
            var content = new TextSpan(start, Math.Max(start, contentEnd));
            if (WordCount(text, content) >= 3 && !index.AnyOverlaps(content))
            {
                yield return new QuoteDraft(content, ContainsMark(text, content) ? QuoteKind.Mixed : QuoteKind.Indirect, participle, spk, d.Paragraph);
            }
        }
    }

    [GeneratedRegex(@"\G\s*,\s*(?:[a-z]+ly\s+)?(?<cue>[a-z]+ing)\b")]
    private static partial Regex ParticipleOpening();

    /// <summary>
    /// A noun of saying with a possessive holder and a "that"-clause reports the clause from the holder: "… distance
    /// themselves from his suggestion that a federal judge can't be impartial …" (issue 17, sample 39), "the man's claim
    /// that Merck failed to …", "X's answer was that …" (sample 36). Only where no quote holds the clause already (a cue
    /// before the noun, "denied Mr. Nowak's claim that …", keeps its own report); none for a relative clause of the noun
    /// ("his claim that he made was …"). The clause runs to the sentence's end or a dash or semicolon.
    /// </summary>
    private IEnumerable<QuoteDraft> NounOfSayingReports(string text, IReadOnlyList<TextSpan> sentences, List<QuoteDraft> quotes)
    {
        var index = new QuoteIndex(text, quotes);
        foreach (var s in sentences)
        {
            foreach (Match m in PossessiveSayingNoun().Matches(text[s.Start..s.End]))
            {
                if (!_lexicon.SayingNouns.Contains(m.Groups["noun"].Value.ToLowerInvariant()))
                {
                    continue;
                }

                int start = s.Start + m.Index + m.Length;
                int end = s.End;
                var stop = ClauseStop().Match(text, start, end - start);
                if (stop.Success)
                {
                    end = stop.Index;
                }

                while (end > start && text[end - 1] is '.' or '!' or '?' or ' ' or '\n' or ',')
                {
                    end--;
                }

                // "Iran's announcement that it is upgrading its air defenses was made during …": a noun phrase opening the
                // sentence is its subject, and its clause ends at a verb this reading does not find (VOA 2,000); "X's
                // answer was that …" reports
                bool subject = !m.Groups["be"].Success && SentenceOpening().IsMatch(text[s.Start..(s.Start + m.Index)]);
                var content = new TextSpan(start, end);
                if (subject || WordCount(text, content) < 3 || RelativeOfNoun().IsMatch(text[start..end]) || index.AnyOverlaps(content))
                {
                    continue;
                }

                var holder = m.Groups["holder"];
                var noun = m.Groups["noun"];
                yield return new QuoteDraft(content, ContainsMark(text, content) ? QuoteKind.Mixed : QuoteKind.Indirect,
                    new TextSpan(s.Start + noun.Index, s.Start + noun.Index + noun.Length),
                    new TextSpan(s.Start + holder.Index, s.Start + holder.Index + holder.Length), -1);
            }
        }
    }

    /// <summary>A possessive (a pronoun, a capitalised name, or a determiner's noun phrase before "'s"), a noun, an optional "was", "that".</summary>
    [GeneratedRegex(@"(?<![\w'’])(?:(?<holder>(?i:his|her|their|its))|(?<holder>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*|(?i:the|an?)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)['’]s)\s+(?<noun>[a-z]+)\s+(?:(?<be>was|is)\s+)?that\s+")]
    private static partial Regex PossessiveSayingNoun();

    /// <summary>Nothing but an opening conjunction before a noun phrase: it opens its sentence.</summary>
    [GeneratedRegex(@"^\s*(?:(?:But|And|Yet)\s+)?$")]
    private static partial Regex SentenceOpening();

    /// <summary>Where a noun's reported clause stops before the sentence's end: a dash or a semicolon.</summary>
    [GeneratedRegex(@"\s*(?:—|–|--|;)")]
    private static partial Regex ClauseStop();

    /// <summary>A relative clause of the noun, not its content: a pronoun subject and a verb, then the sentence's verb or its end ("that he made was ignored").</summary>
    [GeneratedRegex(@"^(?i:he|she|they|we|i|you|it)\s+\S+(?:\s+(?:was|were|is|are|has|have|had)\b|\s*$)")]
    private static partial Regex RelativeOfNoun();

    /// <summary>
    /// Whether a participle cue opens a reported clause: "that" (after its hearer pronoun too: "…, assuring them that
    /// their planned trip … was …", "…, telling them that …"), or a clause's subject; not an object ("calling him a
    /// liar", "accusing DeSantis of …", "describing the plan as …") nor a preposition ("warning of", "insisting on").
    /// </summary>
    private bool OpensReportedClause(string text, string cue, int from, int limit)
    {
        var rest = text.AsSpan(from, Math.Max(0, limit - from));
        if (ThatOpening().IsMatch(rest) || HearerThenThat().IsMatch(rest))
        {
            return true;
        }

        return !_lexicon.ObjectParticiples.Contains(cue.ToLowerInvariant()) && !ObjectOpening().IsMatch(rest);
    }

    [GeneratedRegex(@"^\s+that\b")]
    private static partial Regex ThatOpening();

    /// <summary>A preposition after a cue, then no "that" within two more words: " on the appeal of that …", " out any contamination".</summary>
    [GeneratedRegex(@"^\s+(?:of|for|on|about|to|over|with|against|into|in|at|from|by|up|out|back)\b(?!(?:\s+[^\s,;:]+){0,2}\s+that\b)")]
    private static partial Regex PrepositionObject();

    /// <summary>A hearer pronoun, then "that": " them that …" (twenty-second sample's ", assuring them that …").</summary>
    [GeneratedRegex(@"^\s+(?:him|her|them|us|me)\s+that\b")]
    private static partial Regex HearerThenThat();

    /// <summary>
    /// "The agency quoted witnesses as saying tanks … are patrolling", "Jones was quoted as saying …": the one quoted is
    /// the speaker of a report without quote marks (the object of "quoted", or the subject of "was quoted"), not the one
    /// who quotes (a chain of sources whose inner source the report is, as "according to"; the twenty-first sample). The
    /// cue is "saying" right after "as". Not read at quote marks: PolNeAR gives "An early tweet quoted the president as
    /// saying “…”" to the tweet (pair F1 84.15 → 84.11 with it).
    /// </summary>
    private TextSpan? QuotedAsSaying(string text, int sentStart, TextSpan cue)
    {
        if (!text.AsSpan(cue.Start, cue.Length).Equals("saying", StringComparison.OrdinalIgnoreCase) || cue.Start <= sentStart)
        {
            return null;
        }

        // the one quoted holds no comma but a place's ("quoted an officer in the Amherst, N.Y., Police Department as
        // saying", sample 26): past another comma the next "quoted" is tried
        var m = QuotedAs().Match(text, sentStart, cue.Start - sentStart);
        while (m.Success && m.Groups["object"] is { Success: true } quoted && HoldsCommaOtherThanPlace(text, quoted.Index, quoted.Index + quoted.Length))
        {
            m = QuotedAs().Match(text, m.Index + 1, cue.Start - m.Index - 1);
        }

        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["object"] is not { Success: true } named)
        {
            return SubjectLeftOf(text, m.Groups["passive"].Index, sentStart);
        }

        // a time beside the one quoted is no part of him ("quoted Friday an unnamed source", "quoted spokesman Mohammad
        // Ali Hosseini Sunday as saying": VOA)
        int start = named.Index;
        if (SpeakerWords().Match(text, start, named.Length) is { Success: true } first && first.Index == start
            && _lexicon.SpeakerTimes.TryGetValue(first.Value.ToLowerInvariant(), out var kind) && kind == SpeakerTime.Weekday
            && SpeakerWords().Match(text, first.Index + first.Length, named.Index + named.Length - first.Index - first.Length) is { Success: true } next)
        {
            start = next.Index;
        }

        return new TextSpan(start, WithoutTime(text, start, named.Index + named.Length));
    }

    /// <summary>Whether text[start..end] holds a comma that is no place's (<see cref="IsPlaceComma"/>).</summary>
    private static bool HoldsCommaOtherThanPlace(string text, int start, int end)
    {
        for (int comma = text.IndexOf(',', start, end - start); comma >= 0; comma = text.IndexOf(',', comma + 1, end - comma - 1))
        {
            if (!IsPlaceComma(text, comma, start))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"quoted X as " or "was quoted (Friday) (by Y) as " right before the cue (X up to 60 characters without a clause's punctuation but commas, which <see cref="QuotedAsSaying"/> checks; a period inside the sentence is an abbreviation's).</summary>
    [GeneratedRegex(@"(?:(?<![\w'’-])quoted\s+(?!(?:[\w'’-]+\s+)?(?i:by)\s)(?<object>[^\s,;:!?“”""()][^;:!?“”""()\n]{0,59}?)|(?<passive>(?<![\w'’-])(?i:was|were|is|are|been|being)\s+(?:(?i:widely|also|later)\s+)?)quoted(?:\s+[A-Z]?[a-z]+day)?(?:\s+by\s+[^,;:!?“”""()\n]{1,60}?)?)\s+as\s+$")]
    private static partial Regex QuotedAs();

    /// <summary>
    /// Whether the content after a cue (<paramref name="content"/>, after <paramref name="cue"/>) is a reported clause:
    /// "that" or a colon between them, or a subject with a finite verb (a subject pronoun first, or an auxiliary, a modal
    /// or a word in -ed or the tagger's past tense, or its present tense right after a cue tagged as a verb, after the
    /// first word, before the first comma or relative word: "warned Iran would …", "confirmed the man died", "claimed
    /// nobody lost …", "claimed Joe Biden only won …"; or a subject whose apposition or parenthesis between commas is
    /// followed by a finite verb: "claimed her evidence, citing …, was …"), not an object ("announced an exposure
    /// site", "denied targeting …", "warned of …", "claimed responsibility for …").
    /// </summary>
    private bool ReportsClause(string text, TextSpan cue, TextSpan content, ClauseTags tags)
    {
        int cueEnd = cue.End;
        // a present tense after a noun-phrase subject makes a clause only after a cue the tagger reads as a verb ("insisted
        // his son wants to …": sample 29; "territorial claims both countries make", "Other reports Tuesday show …": nouns;
        // "his lead among pledged Green Party delegates, approaching …": a participle before a noun, Wikinews), and with
        // no comma between the cue and the content (the same for every word of the content: asked once)
        bool presentAfterVerbCue = tags.At(cue.Start) is PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP
            && content.Start >= cueEnd && !text.AsSpan(cueEnd, content.Start - cueEnd).Contains(',');
        if ((content.Start > cueEnd && ThatOrColon().IsMatch(text.AsSpan(cueEnd, content.Start - cueEnd)))
            || ThatAfterCommaAhead().IsMatch(text.AsSpan(content.Start, content.Length)))
        {
            return true;
        }

        // up to the first comma or semicolon that is no digit group ("some 10,000 people participated")
        var head = text.AsSpan(content.Start, content.Length);
        var stop = ClauseHeadEnd().Match(text, content.Start, content.Length);
        if (stop.Success)
        {
            head = head[..(stop.Index - content.Start)];
        }

        bool first = true;
        bool afterTo = false;
        bool indefinite = false;
        string previous = "";
        foreach (var word in SpeakerWords().EnumerateMatches(head))
        {
            string lower = head.Slice(word.Index, word.Length).ToString().ToLowerInvariant();
            // an indefinite article first opens a noun object, whose own clauses hold the words in -ed ("described a
            // chaotic six hours from the time Yoon declared martial law", sixteenth sample): only an auxiliary or a
            // modal still makes the words a clause ("warned a strike would …")
            indefinite |= first && lower is "a" or "an";

            // "described how a group of militants attacked …", "explained why …": a question word first opens a clause (VOA)
            if (first && lower is "how" or "why" or "whether")
            {
                return true;
            }

            // "responded to molecules secreted by …": a preposition first opens the cue's object (tenth sample)
            if (first && _lexicon.ObjectPrepositions.Contains(lower))
            {
                return false;
            }

            // a relative word or a subordinator ends the head, and after "to" so does a conjunction (quote-infinitive-ends.txt)
            if (!first && (ClauseRelativeWord().IsMatch(lower) || _lexicon.HeadEnds.Contains(lower) || (afterTo && _lexicon.InfinitiveEnds.Contains(lower))))
            {
                return false;
            }

            // after "to" a word in -ed is a participle of the infinitive's phrase, no finite verb ("warned people to stay
            // away from infected areas", ninth sample): only an auxiliary or a modal still makes a clause ("stressed the
            // only way to counter the threat is …", VOA)
            // right after a noun of what a speaker wrote a word in -ed is a participle ("denied the allegations in a
            // statement shared to its website": eleventh sample)
            // an irregular past form is the tagger's past tense ("claimed nobody lost …", "claimed Montalvo allegedly left
            // …", Wikinews)
            if ((first && SubjectPronoun().IsMatch(lower)) || _lexicon.ClauseVerbs.Contains(lower)
                || (!first && !afterTo && !indefinite && (PastTense().IsMatch(lower) || ((tags.IsPastTense(content.Start + word.Index) || (presentAfterVerbCue && tags.IsFinite(content.Start + word.Index))) && NominalSubject(text, content.Start, content.Start + word.Index, tags)))
                    && !_lexicon.Documents.Contains(previous)))
            {
                return true;
            }

            afterTo |= !first && lower == "to";
            first = false;
            previous = lower;
        }

        // "claimed her evidence, citing incidents from the 1970s and '80s, was irrelevent" (VOA), "claims Costner's music
        // company, Kevin's Music LLC, entered into …" (VOA), "claimed Iran, especially, amongst other outside parties, is
        // unduly influencing …" (Wikinews): the subject's apposition or parenthesis between commas, then its finite verb
        // (after adverbs) right after a comma
        // (a "to" in the head is a preposition there: the noun-phrase test refuses an infinitive's verb)
        if (!first && stop.Success && text[stop.Index] == ',' && NominalSubject(text, content.Start, stop.Index, tags))
        {
            int at = stop.Index + 1;
            for (int insert = 0; insert < Options.ClauseSubjectInserts; insert++)
            {
                var next = ClauseHeadEnd().Match(text, at, Math.Max(0, content.End - at));
                // "recalled its ambassador to Syria for consultations, a day after Lebanon's former prime minister, Rafik
                // Hariri, was killed" (VOA): a stretch holding a subordinator is an adverbial clause, no apposition
                if (!next.Success || text[next.Index] != ',' || HoldsSubordinator(text, at, next.Index))
                {
                    break;
                }

                if (OpensPredicate(text, next.Index + 1, content.End, tags))
                {
                    return true;
                }

                at = next.Index + 1;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> to <paramref name="to"/> are tagged as a noun phrase, the subject of
    /// a clause: nouns, determiners, adjectives, numbers, possessives, adverbs, a pronoun first ("nobody", "Montalvo
    /// allegedly", "56 percent of respondents to a Gallup poll"), prepositions of a name's place or link after the first
    /// word (quote-place-links.txt) and conjunctions after it; not a verb first ("The reports say Turkey's chief
    /// prosecutor, …, filed …": VOA), a preposition first ("posted on the embassy's website, and dated …, said", VOA), a
    /// pronoun inside ("continued the intensive personal diplomacy he began …", TimeBank+AQUAINT) or a subordinator
    /// ("claimed responsibility for a small explosion … as the Tour de France bicycle race went …", "described Bosnia
    /// as a non-functional structure left to …", VOA). Without tags, true.
    /// </summary>
    private bool NominalSubject(string text, int from, int to, ClauseTags tags)
    {
        if (!tags.Any)
        {
            return true;
        }

        bool first = true;
        foreach (var word in SpeakerWords().EnumerateMatches(text.AsSpan(from, Math.Max(0, to - from))))
        {
            int at = from + word.Index;
            bool nominal = tags.At(at) switch
            {
                var tag when ClauseTags.IsNounPhraseTag(tag) => true,
                PartOfSpeech.POS or PartOfSpeech.RB or PartOfSpeech.RBR or PartOfSpeech.RBS => true,
                PartOfSpeech.PRP => first,
                PartOfSpeech.CC => !first,
                PartOfSpeech.IN or PartOfSpeech.TO => !first && _lexicon.PlaceLinks.ContainsKey(text.Substring(at, word.Length).ToLowerInvariant()),
                _ => false,
            };
            if (!nominal)
            {
                return false;
            }

            first = false;
        }

        return true;
    }

    /// <summary>Whether the words from <paramref name="from"/> to <paramref name="to"/> hold a subordinator (quote-infinitive-ends.txt).</summary>
    private bool HoldsSubordinator(string text, int from, int to)
    {
        foreach (var word in SpeakerWords().EnumerateMatches(text.AsSpan(from, Math.Max(0, to - from))))
        {
            if (_lexicon.HeadEnds.Contains(text.Substring(from + word.Index, word.Length).ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> open a predicate: a finite verb (an auxiliary or a modal, the
    /// tagger's finite verb, or without tags a word in -ed) after adverbs ("was irrelevent", "is unduly influencing").
    /// </summary>
    private bool OpensPredicate(string text, int from, int end, ClauseTags tags)
    {
        foreach (var word in SpeakerWords().EnumerateMatches(text.AsSpan(from, Math.Max(0, end - from))))
        {
            int at = from + word.Index;
            if (tags.IsAdverb(at))
            {
                continue;
            }

            return IsFiniteVerb(text.Substring(at, word.Length).ToLowerInvariant(), at, tags);
        }

        return false;
    }

    /// <summary>
    /// Whether the word <paramref name="lower"/> (lower case) at <paramref name="at"/> is a finite verb: an auxiliary or
    /// a modal (quote-clause-verbs.txt), the tagger's finite verb, or without tags a word in -ed.
    /// </summary>
    private bool IsFiniteVerb(string lower, int at, ClauseTags tags)
        => _lexicon.ClauseVerbs.Contains(lower) || tags.IsFinite(at) || (!tags.Any && PastTense().IsMatch(lower));

    [GeneratedRegex(@"(?:^|\s)that\b|:")]
    private static partial Regex ThatOrColon();

    // "announced Wednesday, that …": "that" after a comma, which the content's start does not skip
    [GeneratedRegex(@"^(?:[^\s.;:]+\s+){0,3}?[^\s.;:]*,\s*that\b")]
    private static partial Regex ThatAfterCommaAhead();

    // with a contracted auxiliary too ("vows she's ready to …")
    [GeneratedRegex(@"^(?:he|she|they|it|we|i|you|there)(?:['’](?:s|re|ll|d|ve|m))?$")]
    private static partial Regex SubjectPronoun();

    // a word in -ed of four letters or more, not in -eed ("died", "joined"; not "need", "speed", "indeed")
    [GeneratedRegex(@"^\w{2,}(?<!e)ed$")]
    private static partial Regex PastTense();

    [GeneratedRegex(@"[,;](?!\d)")]
    private static partial Regex ClauseHeadEnd();

    [GeneratedRegex(@"^(?:who|whom|whose|which|that|where)$")]
    private static partial Regex ClauseRelativeWord();

    [GeneratedRegex(@"^\s+(?:him|her|them|us|me|of|for|on|about|to|over|with|against|into|in|at|from|by|up|out|back)\b")]
    private static partial Regex ObjectOpening();

    /// <summary>", he said" / "," said Jones" / "," chief executive Lowell McAdam said" right after the quote.</summary>
    private Attribution? AttributionAfter(string text, TextSpan quote, int windowEnd)
    {
        int i = quote.End;
        while (i < windowEnd && (char.IsWhiteSpace(text[i]) || text[i] == ',' || (i == quote.End && text[i] is '\'' or '\u2019')))
        {
            i++;
        }

        if (i >= windowEnd)
        {
            return null;
        }

        // the attribution ends at the end of its sentence
        int end = i;
        while (end < windowEnd && text[end] is not ('.' or '!' or '?' or '\n' or '"' or '\u201C' or '\u201D') || (end < windowEnd && text[end] == '.' && IsAbbreviationDot(text, end)))
        {
            end++;
        }

        var window = text[i..end];
        var cue = _lexicon.FindFirstCue(window);
        if (!cue.Success)
        {
            return null;
        }

        var cueSpan = new TextSpan(i + cue.Index, i + cue.Index + cue.Length);
        if (cue.Index == 0)
        {
            // "said Jones, a professor at …"; after "told" comes the listener ("…, told AFP."): no speaker rather than the listener
            return new Attribution(cueSpan, IsTellVerb(cue.Value) ? null : SpeakerAfterCue(text, cueSpan.End, end));
        }

        // "… “businesses” across Facebook's various platforms, according to the company": the source of "according to"
        // follows it, the words before it are the clause's (ninth sample: the speaker was "across Facebook's …"); after
        // a quote that closes its sentence the words before it are a sentence of their own ("“… morning.” As of late
        // Tuesday, 20 bodies had been recovered, according to Brown.": Wikinews), read as an indirect quote
        if (IsAccordingTo(cue.Value))
        {
            if (quote.End >= 2 && text[quote.End - 2] is '.' or '!' or '?')
            {
                return null;
            }

            return CueThenSpeaker(text[cueSpan.Start..end]) is { Success: true } source
                ? new Attribution(cueSpan, new TextSpan(cueSpan.Start + source.Groups["spk"].Index, cueSpan.Start + source.Groups["spk"].Index + source.Groups["spk"].Length))
                : null;
        }

        var np = TrimSpeaker(text, new TextSpan(i, cueSpan.Start));
        if (np is { } whole && Apposition(text, whole) is { } named)
        {
            np = named; // "Senator Jeff Sessions, a close advisor to Trump, told AFP": the name before the apposition
        }

        if (np is not { } speaker || !IsSpeakerPhrase(text, speaker))
        {
            return null;
        }

        // After a closed sentence ("… ." Jones said the …) a new sentence begins; its subject still speaks unless
        // the phrase is long (a clause of its own rather than a name).
        bool sentenceClosed = quote.End >= 2 && text[quote.End - 2] is '.' or '!' or '?';
        if (sentenceClosed && Regex.Matches(text[speaker.Start..speaker.End], @"\S+").Count > 2 && !Regex.IsMatch(text[cueSpan.End..Math.Max(cueSpan.End, end)], @"^\s*(?:[,;]|$|(?:on|in|at|to|during|after|before|\w+day)\b)"))
        {
            return null;
        }

        return new Attribution(cueSpan, speaker);
    }

    /// <summary>
    /// "Cruz continued:" / "Stated Stone:" / "Dr. Ward stated:" closing the paragraph before a quote that opens its own
    /// paragraph: the attribution of the lead-in sentence.
    /// </summary>
    private Attribution? LeadIn(string text, IReadOnlyList<TextSpan> paragraphs, IReadOnlyList<TextSpan> sentences, int index)
    {
        if (index < 1)
        {
            return null;
        }

        var previous = paragraphs[index - 1];
        int colon = previous.End - 1;
        while (colon > previous.Start && char.IsWhiteSpace(text[colon]))
        {
            colon--;
        }

        if (colon <= previous.Start || text[colon] != ':')
        {
            return null;
        }

        int start = Math.Max(previous.Start, SentenceStart(sentences, colon));
        return AttributionBefore(text, start, colon + 1) is { Speaker: not null } lead ? lead : null;
    }

    /// <summary>"“…” ¶ - Bernie Sanders." / "-President Obama, tweeting": a signature paragraph right after a quote that fills its own.</summary>
    private Attribution? Signature(string text, IReadOnlyList<TextSpan> paragraphs, int index, TextSpan q)
    {
        if (index < 0 || index + 1 >= paragraphs.Count || q.End > paragraphs[index].End || !string.IsNullOrWhiteSpace(text[q.End..paragraphs[index].End].TrimEnd('.', ' ')))
        {
            return null;
        }

        var next = paragraphs[index + 1];
        var m = SignatureLine().Match(text, next.Start, next.Length);
        if (!m.Success)
        {
            return null;
        }

        var dash = m.Groups["dash"];
        var speaker = SpeakerAfterCue(text, dash.Index + dash.Length, next.End);
        return speaker is { } spk && !_lexicon.Stops.Contains(text[spk.Start..spk.End].Split(' ')[0].ToLowerInvariant())
            ? new Attribution(new TextSpan(dash.Index, dash.Index + dash.Length), spk)
            : null;
    }

    [GeneratedRegex(@"\G\s*(?<dash>[-\u2013\u2014]{1,2})\s*(?=[A-Z])")]
    private static partial Regex SignatureLine();

    /// <summary>
    /// Whether what follows the quote is a new sentence of its own ("… “ongoing.” He said …") while the quote's sentence
    /// began before the quote: the quote closes on a full stop inside its marks and the next word is capitalised.
    /// </summary>
    private static bool NextSentenceAttribution(string text, TextSpan q, int sentStart)
    {
        if (string.IsNullOrWhiteSpace(text[sentStart..q.Start]))
        {
            return false;
        }

        int i = q.End - 1;
        while (i > q.Start && text[i] is '"' or '\u201D' or '\u2019' or '\'')
        {
            i--;
        }

        if (i <= q.Start || text[i] is not ('.' or '!' or '?'))
        {
            return false;
        }

        int next = q.End;
        while (next < text.Length && char.IsWhiteSpace(text[next]) && text[next] != '\n')
        {
            next++;
        }

        return next < text.Length && char.IsUpper(text[next]);
    }

    /// <summary>", Hollande said." / ", said the rights group." closing the sentence after <paramref name="from"/>; the comma's position.</summary>
    private (Attribution? Attribution, int Comma) AttributionAtSentenceEnd(string text, int from, int limit)
    {
        int end = from;
        while (end < limit && (text[end] is not ('.' or '!' or '?' or '\n') || (text[end] == '.' && IsAbbreviationDot(text, end))))
        {
            end++;
        }

        if (end <= from)
        {
            return (null, -1);
        }

        for (int comma = text.LastIndexOf(',', end - 1, end - from); comma >= from; comma = comma > from ? text.LastIndexOf(',', comma - 1, comma - from) : -1)
        {
            var attribution = AttributionAfter(text, new TextSpan(from, comma), end);
            if (attribution is { Speaker: { } spk } && Regex.IsMatch(text[Math.Max(spk.End, attribution.Cue.End)..end], @"^[^,]{0,40}$|^,[^,]{0,80}$"))
            {
                return (attribution, comma);
            }

            if (comma == 0)
            {
                break;
            }
        }

        return (null, -1);
    }

    /// <summary>The speaker phrase after a cue ("said Michael Baselice, an Austin pollster" → Michael Baselice).</summary>
    private TextSpan? SpeakerAfterCue(string text, int from, int end)
    {
        int i = from;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        int start = i;
        int last = -1;
        int words = 0;
        while (i < end && words < Options.MaxSpeakerWords + 4)
        {
            if (text[i] is ',' or ';' or ':' or '(' or ')')
            {
                break;
            }

            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            int ws = i;
            while (i < end && IsWordChar(text[i]))
            {
                i++;
            }

            if (i == ws)
            {
                break;
            }

            var word = text[ws..i].TrimEnd('.');
            if (_lexicon.IsStop(word) && word.ToLowerInvariant() is not ("of" or "for"))
            {
                break;
            }

            last = text[i - 1] == '.' && !Abbreviations.Default.EndsAbbreviation(text, i - 1) ? i - 1 : i;
            words++;
        }

        return last > start ? new TextSpan(start, last) : null;
    }

    /// <summary>"Name, an apposition," before a cue: the name, when the phrase ends on the apposition's comma.</summary>
    private static TextSpan? Apposition(string text, TextSpan phrase)
    {
        var m = Regex.Match(text[phrase.Start..phrase.End], @"^(?<name>[A-Z][^,]{0,60}?),\s+(?:a|an|the|who|whose|one|[a-z]+\s+of)\b[^,]{0,120},$");
        return m.Success ? new TextSpan(phrase.Start, phrase.Start + m.Groups["name"].Length) : null;
    }

    /// <summary>Drops adverbs and auxiliaries next to the cue ("Jones also said", "Jones has said").</summary>
    private static TextSpan? TrimSpeaker(string text, TextSpan span)
    {
        var m = Regex.Match(text[span.Start..span.End], @"^(?<np>.*?)(?:\s+(?:\w+ly|also|later|then|again|once|has|have|had|would|will|previously))*\s*$", RegexOptions.Singleline);
        var np = m.Groups["np"];
        return np.Length > 0 ? new TextSpan(span.Start + np.Index, span.Start + np.Index + np.Length) : null;
    }

    /// <summary>A noun phrase, not a clause: a few words, no clause-opening word first, no verb-like stop word.</summary>
    private bool IsSpeakerPhrase(string text, TextSpan span)
    {
        var words = Regex.Matches(text[span.Start..span.End], @"[\w.'’&-]+");
        if (words.Count == 0 || words.Count > Options.MaxSpeakerWords + 4)
        {
            return false;
        }

        var lower = words.Select(w => w.Value.ToLowerInvariant()).ToArray();
        var first = lower[0];
        if (_lexicon.IsStop(words[0].Value))
        {
            return false;
        }

        // a stop word in a link of the phrase ("a source close to Macron", "people familiar with the matter") is no clause's
        bool InLink(int k) => (k > 0 && _lexicon.SpeakerLinks.Contains(lower[k - 1] + " " + lower[k]))
            || (k + 1 < lower.Length && _lexicon.SpeakerLinks.Contains(lower[k] + " " + lower[k + 1]));
        int stops = 0;
        for (int k = 0; k < lower.Length; k++)
        {
            if (_lexicon.IsStop(words[k].Value) && lower[k] is not ("of" or "for" or "at" or "in" or "the" or "who" or "and") && !InLink(k))
            {
                stops++;
            }
        }

        return stops == 0 && (char.IsUpper(words[0].Value[0]) || _lexicon.Pronouns.Contains(first) || words.Count <= 6);
    }

    /// <summary>
    /// <see cref="QuoteLexicon.CueThenSpeaker"/> on <paramref name="s"/> with the periods of abbreviations inside it
    /// (<see cref="IsAbbreviationDot"/>: "U.S.", "Dr.", "Inc.") read as letters of the word, so that "according to a U.S.
    /// official who …" gives "a U.S. official", not "a U" (the twenty-first sample); a period with nothing but spaces after it
    /// in <paramref name="s"/> stays an end. The match's indices are <paramref name="s"/>'s.
    /// </summary>
    private Match CueThenSpeaker(string s)
    {
        char[]? masked = null;
        int last = s.AsSpan().TrimEnd().Length - 1;
        for (int dot = s.IndexOf('.'); dot >= 0 && dot < last; dot = s.IndexOf('.', dot + 1))
        {
            if (IsAbbreviationDot(s, dot))
            {
                (masked ??= s.ToCharArray())[dot] = AbbreviationPeriod;
            }
        }

        return _lexicon.CueThenSpeaker.Match(masked is null ? s : new string(masked));
    }

    /// <summary>The stand-in for an abbreviation's period in <see cref="CueThenSpeaker"/>: a character no speaker pattern ends on.</summary>
    private const char AbbreviationPeriod = '\u2024';

    private static bool IsAbbreviationDot(string text, int dot)
        => Abbreviations.Default.EndsAbbreviation(text, dot) || (dot + 1 < text.Length && char.IsLetter(text[dot + 1]));

    /// <summary>The last cue before the quote in its sentence, and the subject before that cue ("Lavrov said that …").</summary>
    private Attribution? AttributionBefore(string text, int sentStart, int quoteStart)
    {
        if (quoteStart <= sentStart)
        {
            return null;
        }

        var before = text[sentStart..quoteStart];

        // "Here is how bad things got in the words of the patient: “…”", "As he related, “…”": a frame names the
        // speaker right before the quote (issue 17, thirteenth sample; quote-speaker-frames.txt)
        if (_lexicon.SpeakerFrame(before) is { Success: true } frame)
        {
            Group frameCue = frame.Groups["cue"], frameSpeaker = frame.Groups["spk"];
            return new Attribution(
                new TextSpan(sentStart + frameCue.Index, sentStart + frameCue.Index + frameCue.Length),
                new TextSpan(sentStart + frameSpeaker.Index, sentStart + frameSpeaker.Index + frameSpeaker.Length));
        }

        var matches = _lexicon.FindCues(before);
        for (int i = matches.Count - 1; i >= 0; i--)
        {
            var m = matches[i];
            var cue = new TextSpan(sentStart + m.Index, sentStart + m.Index + m.Length);

            // "HP is called “feather duvet lung.”": a passive naming cue names a term, nobody speaks (thirteenth sample);
            // so does a reduced one right before the quote, "the researchers used the technique called “mental
            // chronometry”" (fifteenth sample)
            if (_lexicon.Naming.Contains(m.Value.ToLowerInvariant())
                && ((WordBefore(text, cue.Start, sentStart) is { } auxiliary
                        && _lexicon.PassiveAuxiliaries.Contains(text[auxiliary.Start..auxiliary.End].ToLowerInvariant()))
                    || (string.IsNullOrWhiteSpace(text[cue.End..quoteStart]) && ReducedPassive(text, cue.Start, sentStart))))
            {
                continue;
            }

            if (IsAccordingTo(m.Value))
            {
                var after = CueThenSpeaker(text[cue.Start..quoteStart]);
                if (after.Success)
                {
                    var spk = after.Groups["spk"];
                    return new Attribution(cue, new TextSpan(cue.Start + spk.Index, cue.Start + spk.Index + spk.Length));
                }

                continue;
            }

            // "…, calling them “corporate welfare”": a participle's speaker is the sentence subject
            bool participle = m.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && PrecededByComma(text, cue.Start);

            // "The paradox of Nancy, says Carl Anthony, a historian, is that …": an attribution set off by commas
            // inside the sentence names its speaker after the cue
            if (!participle && !IsTellVerb(m.Value) && PrecededByComma(text, cue.Start)
                && CueThenSpeaker(text[cue.Start..quoteStart]) is { Success: true } inner
                && cue.Start + inner.Groups["spk"].Index + inner.Groups["spk"].Length is var innerEnd
                && innerEnd < quoteStart && text[innerEnd] == ','
                // a phrase, not a clause: "Guy Cecil, …, said the group might run ads against Mr. Trump or Mr. Cruz, ''…''"
                // (PolNeAR; the abbreviations' periods once stopped the pattern there)
                && IsSpeakerPhrase(text, new TextSpan(cue.Start + inner.Groups["spk"].Index, innerEnd)))
            {
                var spk = inner.Groups["spk"];
                return new Attribution(cue, new TextSpan(cue.Start + spk.Index, innerEnd));
            }

            if (!participle && SubjectLeftOf(text, cue.Start, sentStart) is { } speaker)
            {
                return Outermost(text, sentStart, matches, i, new Attribution(cue, speaker));
            }

            // "…, said Jones, “…": the speaker follows the cue (after "telling Reuters" comes the listener, after
            // "…, calling him" or "…, saying the city" the object or the content)
            var m2 = CueThenSpeaker(text[cue.Start..quoteStart]);
            if (m2.Success && !participle && !IsTellVerb(m.Value)
                && Regex.IsMatch(text[(cue.Start + m2.Groups["spk"].Index + m2.Groups["spk"].Length)..quoteStart], @"^\s*[,:]\s*$"))
            {
                var spk = m2.Groups["spk"];
                return new Attribution(cue, new TextSpan(cue.Start + spk.Index, cue.Start + spk.Index + spk.Length));
            }

            // "Kerpen needled the reporter, saying, “…": the subject of the sentence
            if (SentenceSubject(text, sentStart, cue.Start) is { } subject)
            {
                return new Attribution(cue, subject);
            }
        }

        // "Trump leaned in and boomed: “…": the verb before the colon is the cue
        var colon = Regex.Match(before, @"(?<cue>[a-z]+)(?:\s+it)?\s*:\s*$");
        if (colon.Success)
        {
            var cue = new TextSpan(sentStart + colon.Groups["cue"].Index, sentStart + colon.Groups["cue"].Index + colon.Groups["cue"].Length);
            if ((SubjectLeftOf(text, cue.Start, sentStart) ?? SentenceSubject(text, sentStart, cue.Start)) is { } speaker)
            {
                return new Attribution(cue, speaker);
            }
        }

        return null;
    }

    /// <summary>
    /// The subject phrase read leftwards from a cue verb, up to a clause boundary. An adverbial phrase between subject
    /// and cue is passed over ("Sanders (I-Vt.) on Saturday criticized" → Sanders; <paramref name="afterAdverbial"/>:
    /// the reading restarts before such a phrase, and a comma there closes an aside, "Clinton, during a meeting in
    /// Ohio, said"); a relative "who" right before the cue is the speaker mention ("Scott, who called it …"). A time
    /// between subject and cue ("last week", "two weeks ago") is passed over too: the reading starts at
    /// <paramref name="readFrom"/>, before it.
    /// </summary>
    private TextSpan? SubjectLeftOf(string text, int cueStart, int limit, bool afterAdverbial = false, int? readFrom = null)
    {
        int pos = readFrom ?? cueStart;
        int end = -1;
        int start = -1;
        int count = 0;

        // read again before an adverbial phrase (below), the cue is not at cueStart: no place chain is read there
        bool nested = afterAdverbial;

        // "Experts are warning that …": a cue in -ing after a form of "be" is the progressive of the subject's verb, when it
        // opens a reported clause ("The marchers were responding to a call …" reports nothing)
        bool progressive = IsProgressiveCue(text, cueStart) && CueOpensReportedClause(text, cueStart);

        // "The State Department less than two weeks ago said", "Dianne Feinstein (D-Calif.) last week said": a time
        // between the subject and the cue is passed over, so its words stop nothing ("than") and an aside before it is
        // skipped as one before the cue (sample 34); a time alone before the cue is read as before
        if (!afterAdverbial && readFrom is null && TimeBeforeCue(text, cueStart, limit) is { } timeStart
            && SubjectLeftOf(text, cueStart, limit, readFrom: timeStart) is { } beforeTime)
        {
            return beforeTime;
        }

        while (count < Options.MaxSpeakerWords)
        {
            while (pos > limit && text[pos - 1] == ' ')
            {
                pos--;
            }

            if (afterAdverbial && end < 0 && pos > limit && text[pos - 1] == ',')
            {
                afterAdverbial = false;
                pos--;
                continue;
            }

            if (pos > limit && end < 0 && text[pos - 1] is ',' or ')')
            {
                // "Roy M. Neel, who managed …, said" / "Sen. Marco Rubio (R-Fla.) said": skip the aside
                char open = text[pos - 1] == ')' ? '(' : ',';
                if (pos - 2 < limit)
                {
                    break;
                }

                int back = text.LastIndexOf(open, pos - 2, Math.Max(0, pos - 1 - limit));

                // "Hewlett-Packard, a Palo Alto, Calif., computer company, said": the aside holds a place's commas
                while (open == ',' && back > limit && IsPlaceComma(text, back, limit))
                {
                    back = text.LastIndexOf(',', back - 1, back - limit);
                }

                if (back <= limit || pos - back > 160)
                {
                    break;
                }

                pos = back;

                // "Jeff Sanborn, president of Chapter & Verse, a Spokane … agency, said": an apposition of a role before the
                // aside, after a name, is skipped too, so the name before both is read (eleventh sample: the organisation
                // had been); a role opened by a determiner is the subject itself ("On Saturday, the head of the U.S. Central
                // Command, General John Abizaid, said", VOA; "in 2010, the laboratory of Stephen Liggett, who …, reported",
                // sample 10), and one holding a stop word a clause ("when one of the Frogs, lifting …, cried out", VOA)
                if (open == ',' && text.LastIndexOf(',', pos - 1, Math.Max(0, pos - limit)) is var role && role > limit
                    && pos - role <= MaxRoleApposition && RoleApposition().Match(text, role + 1, pos - role - 1) is { Success: true } apposed
                    && apposed.Groups["role"].Value.Split(' ') is var roleWords && !_lexicon.Determiners.Contains(roleWords[0])
                    && !roleWords.Any(_lexicon.IsStop) && CapitalisedWordBefore(text, role, limit))
                {
                    pos = role;
                }

                continue;
            }

            // "A spokesman for the Stamford, Conn.-based company said", "an officer in the Amherst, N.Y., Police Department
            // said": the commas of a town and its state's abbreviation set off no aside (samples 24, 26)
            if (end >= 0 && pos > limit && text[pos - 1] == ',' && IsPlaceComma(text, pos - 1, limit))
            {
                pos--;
                continue;
            }

            if (pos <= limit || !IsWordChar(text[pos - 1]))
            {
                break;
            }

            int tokenEnd = pos;
            pos = TokenStart(text, pos, limit);
            var token = text[pos..tokenEnd];
            var lower = token.ToLowerInvariant();

            // "He continues to insist that …": the aspect verb before "to" belongs to the cue, not to its subject
            if (end < 0 && lower == "to" && WordBefore(text, pos, limit) is { } aspect && _lexicon.Aspectual.Contains(text[aspect.Start..aspect.End].ToLowerInvariant()))
            {
                pos = aspect.Start;
                continue;
            }

            // (an adverb in -ly is in lower case: "…, Early says", "Italy says" are names, thirteenth sample; a sentence's
            // first word may be a modifier, "Early reports suggested …": quote-ly-modifiers.txt)
            bool adverb = end < 0 && ((lower.EndsWith("ly", StringComparison.Ordinal)
                    && (char.IsLower(token[0]) || (_lexicon.LyModifiers.Contains(lower) && string.IsNullOrWhiteSpace(text[limit..pos])))) || lower is "also" or "later" or "then" or "again" or "once" or "previously" or "has" or "have" or "had" or "would" or "will" or "long"
                || (progressive && lower is "is" or "are" or "was" or "were" or "am" or "been"));
            if (adverb)
            {
                continue;
            }

            // "Joel Pollak of Breitbart California observed", "Labour MP for Newcastle Central Chi Onwurah said": a name
            // "of" an organisation, a role "for" a place, is one speaker phrase.
            bool nameOfOrganisation = lower is "of" or "for" && end >= 0 && char.IsUpper(text[start]) && CapitalisedWordBefore(text, pos, limit);
            if (end < 0 && lower == "who" && Regex.IsMatch(text[Math.Max(limit, pos - 3)..pos], @",\s*$"))
            {
                return new TextSpan(pos, tokenEnd); // "Mr. Scott, who called …" (not "a candidate who promised …": the candidate)
            }

            // "a conservative attorney who argues that …": a restrictive relative clause of saying reports its
            // antecedent's speech, with the name an apposition hangs on ("John Eastman, a conservative attorney who …")
            if (end < 0 && token == "who" && (ReportedClauseAfterRelative().IsMatch(text.AsSpan(cueStart)) || (SayAt().IsMatch(text.AsSpan(cueStart)) && CueOpensReportedClause(text, cueStart)))
                && RestrictiveAntecedent(text, pos, limit) is { } antecedent)
            {
                return antecedent;
            }

            bool preposition = _lexicon.SubjectPrepositions.Contains(lower);
            if (!nameOfOrganisation && (preposition || _lexicon.IsStop(token) || _lexicon.Cues.Contains(lower) || (token.EndsWith('.') && token.Length > 4 && char.IsLower(token[0]))))
            {
                if (preposition && end >= 0 && !HoldsPronoun(text, new TextSpan(start, end))
                    && SubjectLeftOf(text, pos, limit, afterAdverbial: true) is { } earlier && IsNamePhrase(text, earlier))
                {
                    return earlier;
                }

                // "authorities in Beijing announced", "A … correspondent in the town of Saraqeb said": a name after "in",
                // "at" or "from" is where the speaker is or works; the speaker is the phrase it hangs on, with it
                if (!nested && end >= 0 && char.IsUpper(text[start]) && !HoldsPronoun(text, new TextSpan(start, end))
                    && PlacedHead(text, pos, limit, cueStart) is { } head)
                {
                    return new TextSpan(head, WithoutTime(text, head, end));
                }

                break;
            }

            if (end < 0)
            {
                end = tokenEnd;
            }

            start = pos;
            count++;
        }

        if (start < 0)
        {
            return null;
        }

        // Lower-case leading words other than determiners are not part of a name ("reporters were told" is not a speaker);
        // a bare plural noun is a subject ("…, and experts say it is …", "experts are warning that …") when the cue opens
        // a reported clause ("sales continued at May's pace", "attacks believed to have been …" report nothing), and so is
        // a bare collective ("police said that …", "many have voiced concerns that …": quote-bare-collectives.txt).
        end = WithoutTime(text, start, end);
        var span = new TextSpan(start, end);
        var first = text[start..end].Split(' ')[0];

        // "Many of them said they learned …": a quantity of a group named by an object pronoun speaks (sixteenth
        // sample; quote-partitive-speakers.txt); read leftwards, "of" stopped the phrase at "them"
        if (count == 1 && _lexicon.PartitiveSpeakerStart(text, limit, end) is { } partitive)
        {
            return new TextSpan(partitive, end);
        }

        if (char.IsLower(first[0]) && count == 1 && !_lexicon.Pronouns.Contains(first) && !((IsBarePlural(first) || _lexicon.BareCollectives.Contains(first)) && CueOpensReportedClause(text, cueStart)))
        {
            return null;
        }

        // "Israel has dismissed those calls, saying …", "Morrison has since deployed the military, launched …, and
        // suggested …" (samples 4, 7): a past verb and its object, read back from a later cue, are no subject ("retired
        // general John Allen", "unnamed officials" are); after "who" the relative clause's antecedent is ("Terri Collins who
        // sponsored the bill remarked …", Wikinews)
        if (VerbThenObject().IsMatch(text.AsSpan(start, end - start)))
        {
            // (after ", who" the relative pronoun is the mention, as for "Mr. Scott, who called …" above)
            if (WordBefore(text, start, limit) is not { } who || text[who.Start..who.End] != "who" || text[who.End..start].Trim().Length != 0)
            {
                return null;
            }

            return Regex.IsMatch(text[Math.Max(limit, who.Start - 3)..who.Start], @",\s*$") ? who : SubjectLeftOf(text, who.Start, limit);
        }

        return span;
    }

    /// <summary>
    /// The start of the time words that end right before a cue, read within the clause from <paramref name="limit"/>
    /// (<see cref="TimeStart"/>), when a word or an aside's closing parenthesis stands before them; null otherwise.
    /// </summary>
    private int? TimeBeforeCue(string text, int cueStart, int limit)
    {
        var words = SpeakerWords().Matches(text[limit..cueStart]);
        if (words.Count < 2 || text[(limit + words[^1].Index + words[^1].Length)..cueStart].Trim().Length != 0)
        {
            return null;
        }

        int first = TimeStart(words, minimum: 1);
        if (first == words.Count)
        {
            return null;
        }

        int timeStart = limit + words[first].Index;
        var before = text[limit..timeStart].TrimEnd();
        return before.Length > 0 && (IsWordChar(before[^1]) || before[^1] == ')') ? timeStart : null;
    }

    /// <summary>
    /// The end of a speaker phrase without the time that closes it ("The prosecutors Tuesday said", "Microsoft last week
    /// announced", "NASA officials now say": quote-speaker-times.txt); a phrase that is a time alone is left as it is.
    /// </summary>
    private int WithoutTime(string text, int start, int end)
    {
        var words = SpeakerWords().Matches(text[start..end]);
        int keep = TimeStart(words, minimum: 1);
        return keep == words.Count ? end : start + words[keep - 1].Index + words[keep - 1].Length;
    }

    /// <summary>
    /// The index of the first word of the time that closes <paramref name="words"/> (their count when none), keeping at
    /// least <paramref name="minimum"/> words: quote-speaker-times.txt's words ("Tuesday", "last week"), and a time
    /// counted back with "ago" (quote-ago-times.txt: "less than two weeks ago", "a year ago"; sample 34).
    /// </summary>
    private int TimeStart(MatchCollection words, int minimum)
    {
        int keep = words.Count;
        bool time = false;
        while (keep > minimum)
        {
            var word = words[keep - 1].Value;
            if (_lexicon.SpeakerTimes.TryGetValue(word.ToLowerInvariant(), out var kind)
                && (kind == SpeakerTime.Weekday || (char.IsLower(word[0]) && (kind == SpeakerTime.Time || time))))
            {
                time = true;
                keep--;
                continue;
            }

            if (!time && AgoKind(word) == AgoTime.Ago && AgoStart(words, keep - 1) is { } counted && counted >= minimum)
            {
                time = true;
                keep = counted;
                continue;
            }

            break;
        }

        return keep;
    }

    /// <summary>The index of the first word of a time counted back to the "ago" at <paramref name="ago"/> ("less than two weeks ago"), or null.</summary>
    private int? AgoStart(MatchCollection words, int ago)
    {
        int i = ago - 1;
        if (i < 0 || AgoKind(words[i].Value) != AgoTime.Unit)
        {
            return null;
        }

        int unit = i--;
        while (i >= 0 && (AgoKind(words[i].Value) == AgoTime.Amount || words[i].Value.All(char.IsAsciiDigit)))
        {
            i--;
        }

        if (i == unit - 1)
        {
            return null;
        }

        while (i >= 0 && AgoKind(words[i].Value) == AgoTime.Hedge)
        {
            i--;
        }

        return i + 1;
    }

    /// <summary>The role of a lower-case word in a time counted back with "ago" (quote-ago-times.txt), or null.</summary>
    private AgoTime? AgoKind(string word)
        => char.IsLower(word[0]) && _lexicon.AgoTimes.TryGetValue(word, out var kind) ? kind : null;

    [GeneratedRegex(@"^[a-z]+ed\s+(?:the|a|an|those|these|this|that|its|their|his|her|our|my|your)\b")]
    private static partial Regex VerbThenObject();

    /// <summary>
    /// The start of the phrase a chain of place or affiliation phrases hangs on, read leftwards from the word at
    /// <paramref name="link"/> ("workers at GM's Spring Hill assembly plant in the southern state of Tennessee said" →
    /// "workers"; "Agent Scott Rance from Rance Property said" → "Agent Scott Rance"): each link is one of
    /// quote-place-links.txt, or "of" inside a place's name ("the town of Saraqeb"), and at least one is not "of" ("the
    /// government of Iraq said" stays Iraq's). The phrase must open its clause (a comma, a clause word or the limit before
    /// it, not a preposition: "a spokesman for the ministry in Kabul" is not read), be a speaker phrase, and be a name,
    /// a determiner's phrase or a bare plural or collective before a reported clause. Null otherwise.
    /// </summary>
    private int? PlacedHead(string text, int link, int limit, int cueStart)
    {
        bool placed = false;
        for (int links = 0; links < MaxPlaceLinks; links++)
        {
            // the link word at `link`
            var linkWord = SpeakerWords().Match(text, link).Value.ToLowerInvariant();
            if (!_lexicon.PlaceLinks.TryGetValue(linkWord, out var kind) || kind == PlaceLink.Object)
            {
                return null;
            }

            placed |= kind == PlaceLink.Link;

            // the phrase before the link, read leftwards up to a stop word, a cue, a mark or the limit
            int pos = link;
            int start = -1;
            int count = 0;
            while (count <= Options.MaxSpeakerWords)
            {
                while (pos > limit && text[pos - 1] == ' ')
                {
                    pos--;
                }

                if (pos <= limit || !IsWordChar(text[pos - 1]))
                {
                    break;
                }

                int tokenStart = TokenStart(text, pos, limit);
                var token = text[tokenStart..pos];
                if (_lexicon.IsStop(token) || _lexicon.Cues.Contains(token.ToLowerInvariant()))
                {
                    break;
                }

                pos = tokenStart;
                start = tokenStart;
                count++;
            }

            if (start < 0 || count > Options.MaxSpeakerWords)
            {
                return null;
            }

            // the word before the phrase: another link (the phrase was a place too), or what makes it an object
            if (WordBefore(text, start, limit) is { } before && text[before.End..start].Trim().Length == 0
                && _lexicon.PlaceLinks.TryGetValue(text[before.Start..before.End].ToLowerInvariant(), out var beforeKind))
            {
                // a place is a name, or a phrase before "of" and a name ("the southern state of Tennessee"); "a lawsuit from
                // three residents in the state of Maine" is no chain
                if (beforeKind == PlaceLink.Object || (beforeKind == PlaceLink.Link && kind != PlaceLink.Name
                    && !SpeakerWords().Matches(text[start..link]).Any(w => char.IsUpper(w.Value[0]))))
                {
                    return null;
                }

                link = before.Start;
                continue;
            }

            if (!placed)
            {
                return null;
            }

            // "A statement from Sudan's presidential office says": the document speaks for the one it is from
            var head = new TextSpan(start, link);
            var words = SpeakerWords().Matches(text[start..link]);
            if (kind == PlaceLink.Link && _lexicon.Documents.Contains(words[^1].Value.ToLowerInvariant()))
            {
                return null;
            }

            // an article inside the phrase opens an object: "Agassi's management company issued a statement in Australia"
            if (words.Skip(1).Any(w => w.Value.ToLowerInvariant() is "a" or "an" or "the"))
            {
                return null;
            }

            var first = words[0].Value;
            bool speaker = char.IsUpper(first[0]) || BareDeterminer().IsMatch(first)
                || ((IsBarePlural(first) || _lexicon.BareCollectives.Contains(first)) && CueOpensReportedClause(text, cueStart));
            return speaker && TrimSpeaker(text, head) is { } trimmed && IsSpeakerPhrase(text, trimmed) ? start : null;
        }

        return null;
    }

    // "workers at GM's Spring Hill assembly plant in the southern state of Tennessee": three links
    private const int MaxPlaceLinks = 4;

    // a role apposition is short: "president of Chapter & Verse", "chief executive of the Mayo Clinic"
    private const int MaxRoleApposition = 60;

    /// <summary>A role in apposition: up to three lower-case words "of" or "at" a capitalised name ("president of Chapter &amp; Verse").</summary>
    [GeneratedRegex(@"^\s*(?<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+(?:&\s+|of\s+|and\s+)?[A-Z][\w.'’&-]*){0,5}\s*$")]
    private static partial Regex RoleApposition();

    /// <summary>
    /// The phrase a restrictive "who" hangs on ("a conservative attorney who argues …"); the name before it when that
    /// phrase is an apposition opened by a determiner ("Ryan Graves, a former US Navy pilot who asserted …"); null when
    /// no phrase precedes.
    /// </summary>
    private TextSpan? RestrictiveAntecedent(string text, int who, int limit)
    {
        if (SubjectLeftOf(text, who, limit) is not { } phrase)
        {
            return null;
        }

        // The phrase read leftwards may hold the main clause's verb ("The Times quotes unnamed officials who say",
        // "angered opposition protesters who said", "quotes an unidentified minister who says"): the noun phrase opens
        // at its last determiner, else after its last lower-case inner word in -s or -ed.
        var words = SpeakerWords().Matches(text, phrase.Start).TakeWhile(w => w.Index + w.Length <= phrase.End).ToList();
        if (words.Count == 0)
        {
            return phrase;
        }

        // "angered some in Australia who say", "residents in the state of Maine who alleged": one capitalised word
        // after a preposition is a place or an organisation the antecedent is of, not the antecedent ("a string of Tory
        // MPs who said" is)
        if (words is [var only] && char.IsUpper(only.Value[0]) && WordBefore(text, phrase.Start, limit) is { } before
            && text[before.Start..before.End].ToLowerInvariant() is "in" or "of" or "at" or "from")
        {
            return null;
        }

        int opening = words.FindLastIndex(w => w.Value is "a" or "an" or "the");
        if (opening < 0 && words.Count > 2)
        {
            int verb = words.FindLastIndex(words.Count - 2, words.Count - 2, w => char.IsLower(w.Value[0]) && (w.Value.EndsWith('s') || w.Value.EndsWith("ed", StringComparison.Ordinal)));
            opening = verb + 1;
        }

        opening = Math.Max(opening, 0);

        if (opening > 0)
        {
            phrase = new TextSpan(words[opening].Index, phrase.End);
        }

        if (words[opening].Value.ToLowerInvariant() is "a" or "an" or "the"
            && AppositionName().Match(text[limit..phrase.Start]) is { Success: true } name)
        {
            return new TextSpan(limit + name.Groups["name"].Index, limit + name.Groups["name"].Index + name.Groups["name"].Length);
        }

        return phrase;
    }

    /// <summary>A name of up to four capitalised words and the comma opening its apposition, at the end of the text.</summary>
    [GeneratedRegex(@"(?<![\w.'’-])(?<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}),\s*$")]
    private static partial Regex AppositionName();

    /// <summary>
    /// A cue of a relative clause, a short adverbial and "that" or a subject pronoun ("asserted in July that …", "said he
    /// overcame …"); an object after the cue ("people who called the hotline") reports nothing.
    /// </summary>
    [GeneratedRegex(@"^[A-Za-z]+(?:\s+[\w'’-]+){0,3}?\s+(?:that|he|she|they|we|I|it)\b")]
    private static partial Regex ReportedClauseAfterRelative();

    [GeneratedRegex(@"^(?i:say|says|said)\b")]
    private static partial Regex SayAt();

    private bool CueOpensReportedClause(string text, int cueStart)
    {
        int cueEnd = CueEnd(text, cueStart);
        return OpensReportedClause(text, text[cueStart..cueEnd], cueEnd, Math.Min(text.Length, cueEnd + 40)) && !AsOpening().IsMatch(text.AsSpan(cueEnd, Math.Min(text.Length, cueEnd + 40) - cueEnd));
    }

    [GeneratedRegex(@"^\s+as\b")]
    private static partial Regex AsOpening();

    private static TextSpan? WordBefore(string text, int position, int limit)
    {
        int i = position;
        while (i > limit && text[i - 1] == ' ')
        {
            i--;
        }

        int wordEnd = i;
        while (i > limit && char.IsLetter(text[i - 1]))
        {
            i--;
        }

        return i < wordEnd ? new TextSpan(i, wordEnd) : null;
    }

    /// <summary>
    /// Whether the cue participle at <paramref name="cueStart"/> closes a noun phrase that is no subject: a lower-case noun
    /// right before it, up to two words after an article, and before the article a lower-case word of the clause other
    /// than a relative ("used the technique called …", "in a process called …"; not "The researchers called …", whose
    /// article opens the sentence, nor "a plan which the president called …")).
    /// </summary>
    private static bool ReducedPassive(string text, int cueStart, int sentStart)
    {
        int pos = cueStart;
        for (int words = 0; words < 3; words++)
        {
            if (WordBefore(text, pos, sentStart) is not { } word || !char.IsLower(text[word.Start]))
            {
                return false;
            }

            if (words > 0 && text[word.Start..word.End] is "a" or "an" or "the")
            {
                return WordBefore(text, word.Start, sentStart) is { } head && char.IsLower(text[head.Start])
                    && text[head.Start..head.End] is not ("which" or "that" or "what" or "who" or "whom");
            }

            pos = word.Start;
        }

        return false;
    }

    private static bool IsBarePlural(string word)
        => word.Length > 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
           && word is not ("always" or "sometimes" or "perhaps" or "nevertheless" or "besides" or "afterwards" or "thus" or "meanwhile" or "whereas");

    private static bool IsProgressiveCue(string text, int cueStart)
    {
        int end = CueEnd(text, cueStart);
        return end - cueStart > 4 && text.AsSpan(end - 3, 3).Equals("ing", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The end of the cue word that starts at <paramref name="cueStart"/> (its letters).</summary>
    private static int CueEnd(string text, int cueStart)
    {
        int end = cueStart;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }

        return end;
    }

    private bool HoldsPronoun(string text, TextSpan span)
        => SpeakerWords().Matches(text[span.Start..span.End]).Any(w => _lexicon.Pronouns.Contains(w.Value.ToLowerInvariant()));

    /// <summary>
    /// A phrase that names or describes, not a clause: led by a determiner ("the Democratic front-runner"), or opening and
    /// closing on capitalised words ("Democratic presidential candidate Sen. Ann Lee"; not "Media shares blame").
    /// </summary>
    private static bool IsNamePhrase(string text, TextSpan span)
    {
        var words = SpeakerWords().Matches(text[span.Start..span.End]);
        return words.Count > 0 && (BareDeterminer().IsMatch(words[0].Value) || (char.IsUpper(words[0].Value[0]) && char.IsUpper(words[^1].Value[0])));
    }

    /// <summary>
    /// "Trump said he believes it was “a mistake”", "Obama said he expected that Americans will say “no”": a reported
    /// clause's subject (he, Americans) is inside an earlier attribution of the sentence, whose speaker speaks the
    /// quoted words; the outermost such attribution, when only "that" or a short clause opening lies between.
    /// </summary>
    private Attribution Outermost(string text, int sentStart, IReadOnlyList<Match> cues, int index, Attribution inner)
    {
        var best = inner;
        for (int j = index - 1; j >= 0; j--)
        {
            var m = cues[j];
            var cue = new TextSpan(sentStart + m.Index, sentStart + m.Index + m.Length);
            if (best.Speaker is not { } spk || cue.End > spk.Start || IsAccordingTo(m.Value)
                || !ReportedClauseOpening().IsMatch(text[cue.End..spk.Start]))
            {
                continue;
            }

            bool participle = m.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && PrecededByComma(text, cue.Start);
            if (!participle && SubjectLeftOf(text, cue.Start, sentStart) is { } outer)
            {
                best = new Attribution(cue, outer);
            }
        }

        return best;
    }

    /// <summary>What may lie between an attribution's cue and the subject of the clause it reports: "that", or a short clause opening ending in "that".</summary>
    [GeneratedRegex(@"^\s*(?:that\s+|[^,;:.!?“”""]{1,60}?\s+that\s+)?$")]
    private static partial Regex ReportedClauseOpening();

    /// <summary>Cue verbs whose object is the listener, not the speaker ("told Reuters", "telling reporters").</summary>
    private static bool IsTellVerb(string cue) => cue.ToLowerInvariant() is "told" or "tell" or "tells" or "telling" or "assured" or "assures" or "reminded" or "informed";

    /// <summary>Only a listener between a tell verb and a quote: "told CNN, “…", "telling reporters: “…".</summary>
    [GeneratedRegex(@"^\s*(?:reporters|journalists|supporters|voters|the\s+(?:crowd|audience|court|jury|committee|paper|newspaper)|him|her|them|us|me|you|[A-Z][\w.'’&-]*(?:\s+(?:of\s+)?[A-Z][\w.'’&-]*){0,4})\s*[,:]\s*$")]
    private static partial Regex AddresseeOnly();

    private static bool CapitalisedWordBefore(string text, int position, int limit)
    {
        int i = position;
        while (i > limit && text[i - 1] == ' ')
        {
            i--;
        }

        int start = TokenStart(text, i, limit);
        return start < i && char.IsUpper(text[start]);
    }

    /// <summary>The subject at the start of a sentence: a run of capitalised words or a pronoun, after an opening "On Monday,".</summary>
    private TextSpan? SentenceSubject(string text, int sentStart, int limit)
    {
        var region = text[sentStart..limit];

        // "But Elian's relatives in Miami have fought …, saying …", "But he left …, saying …": a conjunction opening the
        // sentence is no part of its subject (it made the name and pronoun patterns below fail: sample 18)
        if (OpeningConjunction().Match(region) is { Success: true, Length: > 0 } conjunction)
        {
            sentStart += conjunction.Length;
            region = region[conjunction.Length..];
        }

        // "Elian's relatives in Miami have fought …", "Russian officials have downplayed …": a possessive name, or
        // capitalised words before a plural noun, and its lower-case nouns (and a place after "in", "of", "at", "from")
        // before a verb; the first cue's subject and the name pattern below stopped at the possessive or the first
        // lower-case word ("Elian's": sample 18; "Russian", "Cambodian" before "dismissed …": VOA)
        // (not after an opening preposition or adverb: "In comments reported by …, the Iranian president … said", VOA)
        if (NamedNounSubject().Match(region) is { Success: true } nounPhrase
            && (nounPhrase.Groups["possessive"].Success || IsBarePlural(nounPhrase.Groups["noun"].Captures[^1].Value))
            && SpeakerWords().Match(nounPhrase.Value).Value is var firstWord
            && !_lexicon.IsStop(firstWord) && !_lexicon.SentenceOpeners.Contains(firstWord.ToLowerInvariant()))
        {
            return new TextSpan(sentStart + nounPhrase.Groups["np"].Index, sentStart + nounPhrase.Groups["np"].Index + nounPhrase.Groups["np"].Length);
        }

        var firstCue = _lexicon.FindFirstCue(region);
        if (firstCue.Success && SubjectLeftOf(text, sentStart + firstCue.Index, sentStart) is { } subject)
        {
            return subject;
        }

        // "BUFFALO, N.Y. — Hours before …": a dateline opening the story's first sentence is no part of it (ninth sample)
        if (DatelineOpening().Match(region) is { Success: true, Length: > 0 } dateline)
        {
            sentStart += dateline.Length;
            region = region[dateline.Length..];
        }

        // "Speaking to MSNBC on Monday, Bush described …": an introductory phrase ends at the first comma
        var intro = IntroductoryPhrase().Match(region);
        if (intro.Success && intro.Groups["w"].Value.ToLowerInvariant() is var opener
            && (_lexicon.SentenceOpeners.Contains(opener) || opener.EndsWith("ing", StringComparison.Ordinal) || opener.EndsWith("ly", StringComparison.Ordinal)))
        {
            sentStart += intro.Length;
            region = region[intro.Length..];

            // "Hours before …, Wild coach Bruce Boudreau expressed confidence …": after the fronted phrase, the name read
            // leftwards from the first verb in -ed (a role word inside it: ninth sample)
            if (FirstPastVerb().Match(region) is { Success: true } verb && SubjectLeftOf(text, sentStart + verb.Groups["v"].Index, sentStart) is { } named
                && IsNamePhrase(text, named))
            {
                return named;
            }
        }

        // "But many institutions are relying on …", "The union valued the deal …": a quantifier or determiner and a
        // lower-case noun before a verb
        var q = Regex.Match(region, @"^(?<np>(?:[Mm]any|[Mm]ost|[Ss]ome|[Ss]everal|[Oo]ther|[Tt]he|[Aa]n?)\s+(?:[a-z]+\s+)?[a-z]+)\s+(?:are|is|was|were|have|has|had|will|would|can|could|do|did|[a-z]+ed)\b");
        if (q.Success)
        {
            return new TextSpan(sentStart + q.Groups["np"].Index, sentStart + q.Groups["np"].Index + q.Groups["np"].Length);
        }

        // "Rep. David McKinley, R-W.Va., visited … and argued that …": a party-state tag in apposition names no one (it
        // had been read as the subject after a fronted phrase, the speaker "Va."); the name is the one before it
        if (PartyTagApposition().Match(region) is { Success: true } tagged)
        {
            return new TextSpan(sentStart + tagged.Groups["np"].Index, sentStart + tagged.Groups["np"].Index + tagged.Groups["np"].Length);
        }

        var m = Regex.Match(region, @"^(?:[^,]{0,40},\s*)?(?<np>(?:(?:The|A|An)\s+)?[A-Z][\w.'’&-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w.'’&-]*){0,5})");
        if (m.Success && m.Groups["np"].Length > 0)
        {
            var np = m.Groups["np"];
            var first = np.Value.Split(' ')[0].ToLowerInvariant();
            if (!_lexicon.IsStop(np.Value.Split(' ')[0]) && first is not ("but" or "and" or "in" or "on" or "at" or "when" or "if"))
            {
                return new TextSpan(sentStart + np.Index, sentStart + np.Index + np.Length);
            }
        }

        var p = Regex.Match(region, @"^(?:[^,]{0,40},\s*)?(?<np>(?i:he|she|they|we|i))\b");
        return p.Success ? new TextSpan(sentStart + p.Groups["np"].Index, sentStart + p.Groups["np"].Index + p.Groups["np"].Length) : null;
    }

    /// <summary>
    /// The head noun phrase that opens the sentence when <paramref name="speaker"/> lies inside its post-modifier ("The
    /// lawyers for the boy's relatives in Miami said" → "The lawyers", not "the boy's relatives"; "People with direct
    /// knowledge of Gates' work said" → "People"; "Tour operators who specialize in travel in Kenya and Tanzania, which
    /// …, say" → "Tour operators"; "A legal opinion drafted for the project for Mercury … concluded" → "A legal
    /// opinion"): the speaker follows a modifier word (quote-subject-modifiers.txt), the sentence (after "But" or an
    /// opening phrase) opens with up to five noun-phrase words and a lower-case modifier opener, a participle in -ing or
    /// one in -ed before a preposition ("Economists surveyed by …"; "Newsweek published an op-ed written by John Eastman"
    /// has none), and no finite verb stands between the head and the speaker but right after a relative word. Null
    /// otherwise: a name holding a modifier word ("The World Society for the Protection of Animals", "The U.N. Office for
    /// the Coordination of …"), a document's head (it keeps its source: "A statement from the office says" → the
    /// office), a relative clause's cue ("The lawyer for a group of men who say …": the men), a verb's "and" ("The
    /// minister arrived in Boston and officials said").
    /// </summary>
    private TextSpan? ModifiedSubjectHead(string text, int sentStart, TextSpan speaker, int cueStart, ClauseTags tags)
    {
        if (speaker.Start <= sentStart || WordBefore(text, speaker.Start, sentStart) is not { } link
            || !text.AsSpan(link.End, speaker.Start - link.End).IsWhiteSpace()
            || !_lexicon.ModifierInner.Contains(text[link.Start..link.End].ToLowerInvariant())
            || (cueStart > speaker.End && RelativeBeforeCue().IsMatch(text.AsSpan(speaker.End, cueStart - speaker.End))))
        {
            return null;
        }

        int from = sentStart;
        var region = text[from..speaker.Start];
        if (OpeningConjunction().Match(region) is { Success: true, Length: > 0 } conjunction)
        {
            from += conjunction.Length;
            region = region[conjunction.Length..];
        }

        if (IntroductoryPhrase().Match(region) is { Success: true } intro && _lexicon.SentenceOpeners.Contains(intro.Groups["w"].Value.ToLowerInvariant()))
        {
            from += intro.Length;
            region = region[intro.Length..];
        }

        // the modifier holds no clause break: "Rescue workers dug …, and police said" is two clauses
        if (region.IndexOfAny([',', ';', ':', '"', '“', '”', '(', '\u2014']) >= 0 || region.Contains(" - ", StringComparison.Ordinal))
        {
            return null;
        }

        var words = SpeakerWords().Matches(text[from..speaker.Start]);
        bool afterAnd = text[link.Start..link.End].Equals("and", StringComparison.OrdinalIgnoreCase);
        int opener = -1;
        for (int k = 1; k < words.Count && k <= MaxModifiedHeadWords; k++)
        {
            var w = words[k].Value;
            var tag = tags.At(from + words[k].Index);
            bool participle = !afterAnd && char.IsLower(w[0]) && !_lexicon.Cues.Contains(w)
                && ((w.EndsWith("ed", StringComparison.Ordinal) && k + 1 < words.Count
                        && (_lexicon.ModifierOpeners.Contains(words[k + 1].Value) || words[k + 1].Value == "by")
                        && (!tags.Any || tag is PartOfSpeech.VBN or PartOfSpeech.VBD))
                    || (w.EndsWith("ing", StringComparison.Ordinal) && tag == PartOfSpeech.VBG));
            if (_lexicon.ModifierOpeners.Contains(w) || participle)
            {
                opener = k;
                break;
            }
        }

        if (opener < 1)
        {
            return null;
        }

        // the head: noun-phrase words, no stop word but a determiner first, no cue, no sentence opener first
        for (int k = 0; k < opener; k++)
        {
            var w = words[k].Value;
            var lower = w.ToLowerInvariant();
            bool determiner = k == 0 && k < opener - 1 && BareDeterminer().IsMatch(lower) || (k == 0 && lower is "numerous" or "most" or "all");
            if ((!determiner && _lexicon.IsStop(w)) || _lexicon.Cues.Contains(lower) || (k == 0 && _lexicon.SentenceOpeners.Contains(lower))
                || (tags.Any && !ClauseTags.IsNounPhraseTag(tags.At(from + words[k].Index))))
            {
                return null;
            }
        }

        // its last word a common noun: a capitalised one inside the phrase or a proper noun is a name's, whose modifier
        // word belongs to it ("The Movement for the Emancipation of the Niger Delta")
        var last = words[opener - 1];
        var lastTag = tags.At(from + last.Index);
        if (_lexicon.Documents.Contains(last.Value.ToLowerInvariant()) || _lexicon.Pronouns.Contains(last.Value.ToLowerInvariant())
            || (tags.Any && lastTag is not (PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.NNP or PartOfSpeech.NNPS))
            || (char.IsUpper(last.Value[0]) && (opener > 1 || lastTag is PartOfSpeech.NNP or PartOfSpeech.NNPS)))
        {
            return null;
        }

        // inside the modifier a finite verb follows a relative word ("who specialize", "who came"); "The man who shot the
        // officer was killed and police said" holds the main clause's verb
        if (tags.Any)
        {
            for (int k = opener + 1; k < words.Count; k++)
            {
                if (tags.IsFinite(from + words[k].Index) && words[k - 1].Value.ToLowerInvariant() is not ("who" or "which" or "that"))
                {
                    return null;
                }
            }
        }

        // a role's link already gives the head with its phrase ("A spokesman for the Stamford company": WithLinkedHead)
        int headStart = from + words[0].Index;
        if (CleanSpeaker(text, speaker) is { } cleaned && cleaned.Start <= headStart)
        {
            return null;
        }

        return new TextSpan(headStart, from + last.Index + last.Length);
    }

    /// <summary>
    /// The noun phrase a speaker's name is set off after when the name opens a list of names in apposition that runs,
    /// comma-closed, to the cue ("three of the company's directors, Burt Sugarman, James M. Trotter III and Willam E.
    /// Trotter II, indicated" → "the company's directors", from after the last modifier word before the comma: what
    /// <see cref="ModifiedSubjectHead"/> then asks about). The noun before the comma is lower case (a description's,
    /// not a name's: "Cambrex Corp., Bayonne, N.J., said" stays). Null otherwise.
    /// </summary>
    private TextSpan? ApposedListHost(string text, int sentStart, TextSpan speaker, int cueStart)
    {
        int comma = speaker.Start - 1;
        while (comma > sentStart && text[comma] == ' ')
        {
            comma--;
        }

        if (comma <= sentStart + 1 || text[comma] != ',' || !char.IsLower(text[comma - 1]) || cueStart <= speaker.End || cueStart - speaker.End > MaxApposedNamesLength
            || !ApposedNamesToCue().IsMatch(text.AsSpan(speaker.End, cueStart - speaker.End)))
        {
            return null;
        }

        var words = SpeakerWords().Matches(text[sentStart..comma]);
        for (int k = words.Count - 2; k >= 0 && k >= words.Count - 1 - MaxModifiedHeadWords; k--)
        {
            if (_lexicon.ModifierInner.Contains(words[k].Value.ToLowerInvariant()))
            {
                return new TextSpan(sentStart + words[k + 1].Index, comma);
            }
        }

        return null;
    }

    /// <summary>At most this many characters of an apposed list of names after its first (<see cref="ApposedListHost"/>): four or five names.</summary>
    private const int MaxApposedNamesLength = 160;

    /// <summary>After a list's first name, the rest of the names (", James M. Trotter III and Willam E. Trotter II") and the comma that closes the apposition before the cue.</summary>
    [GeneratedRegex(@"^(?:\s*,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})*(?:,?\s+and\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})?\s*,\s*$")]
    private static partial Regex ApposedNamesToCue();

    /// <summary>A relative word right before a cue ("men who say", "officials who also said").</summary>
    [GeneratedRegex(@"\b(?:who|that)\s+(?:[a-z]+ly\s+|also\s+)?$")]
    private static partial Regex RelativeBeforeCue();

    // "many diehard Sanders supporters who …": a head of up to five words
    private const int MaxModifiedHeadWords = 5;

    /// <summary>A sentence opening with a name and a party-state tag in apposition: "Rep. David McKinley, R-W.Va.,",
    /// "Sen. Ted Cruz, R-Texas,", "Rep. Nancy Pelosi (D-Calif.)", "Sen. Bernie Sanders, I-Vt.,", "(D-NY)".</summary>
    [GeneratedRegex(@"^(?<np>[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,5})(?:,\s*(?<tag>[DRI]-[A-Z][\w.]*(?:[\s-]?[A-Z][\w.]*){0,2}),|\s*\((?<tag>[DRI]-[A-Z][\w.]*(?:[\s-]?[A-Z][\w.]*){0,2})\))")]
    private static partial Regex PartyTagApposition();

    [GeneratedRegex(@"^(?<w>[A-Z][a-z]+)\b[^,.;:!?“”""]{0,200},\s*")]
    private static partial Regex IntroductoryPhrase();

    /// <summary>A conjunction opening a sentence: "But", "And", "Yet".</summary>
    [GeneratedRegex(@"^(?:But|And|Yet)\s+")]
    private static partial Regex OpeningConjunction();

    /// <summary>Capitalised words (a possessive name or not), one or two lower-case words and a place phrase before a
    /// verb ("Elian's relatives in Miami have", "Cambodian government officials dismissed").</summary>
    [GeneratedRegex(@"^(?<np>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}(?<possessive>['’]s)?(?:\s+(?<noun>[a-z]+)){1,2}?(?:\s+(?:in|of|at|from)\s+(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})?)\s+(?:are|is|was|were|have|has|had|will|would|can|could|do|did|[a-z]+ed)\b")]
    private static partial Regex NamedNounSubject();

    /// <summary>A dateline before a story's first sentence: a place in capitals, a region after a comma, a dash.</summary>
    [GeneratedRegex(@"^[A-Z][A-Z.'-]+(?:\s+[A-Z][A-Z.'-]+)*(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)?\s+[\u2014\u2013-]{1,2}\s+")]
    private static partial Regex DatelineOpening();

    /// <summary>The first lower-case word in -ed of a clause, after one to six words (its subject's).</summary>
    [GeneratedRegex(@"^(?:[^\s,;:]+\s+){1,6}?(?<v>[a-z]{2,}ed)\b")]
    private static partial Regex FirstPastVerb();

    /// <summary>", and" or ", but" before a later cue, with no word between or a subject of up to four words opening with a capital or a determiner ("…, and Damascus said", "…, but added …": eleventh sample).</summary>
    // (without the comma only before the cue itself, and then only a cue of quote-coordinated-cues.txt or one before
    // "that": "said he will remain at $1 a share … but said he wonders whether …", seventeenth sample)
    [GeneratedRegex(@"(?:(?<comma>,)\s+(?:and|but)\s+(?<subject>(?:(?:the|a|an|[A-Z][\w.'’&-]*)(?:\s+[\w.'’&-]+){0,3}\s+)?)|\s+(?:and|but)\s+)(?:[a-z]+ly\s+|also\s+)?$")]
    private static partial Regex AndBeforeCue();

    /// <summary>", while" before a later cue and its own subject of up to four words, opening with a capital, a determiner or a possessive ("…, while the Cuban government maintains", "…, while his deputy said", "…, while Trump is arguing").</summary>
    [GeneratedRegex(@",\s+while\s+(?<subject>(?:the|a|an|his|her|its|their|other|others|some|many|most|[A-Z][\w.'’&-]*)(?:\s+[\w.'’&-]+){0,3}\s+)(?:[a-z]+ly\s+|also\s+)?$")]
    private static partial Regex WhileBeforeCue();

    /// <summary>A word that opens with a lower-case letter.</summary>
    [GeneratedRegex(@"(?<![\w’'])\p{Ll}")]
    private static partial Regex LowerCaseWord();

    /// <summary>
    /// Where a <see cref="CoordinatedVerb"/> match can open in <paramref name="before"/> (a cue's text before it), or -1
    /// when none can: its match is the last two or three runs of characters other than white space (a word with a comma,
    /// "and" or "but", an adverb) with white space after each, so it needs white space at the end and "and" or "but" as
    /// the last run or the one before, and opens in the third run from the end at the earliest. The pattern, which may
    /// open at any letter, is tried from there only (bench/README.md, "perf-warm"). The same match or none.
    /// </summary>
    internal static int CoordinationStart(ReadOnlySpan<char> before)
    {
        if (before.IsEmpty || !char.IsWhiteSpace(before[^1]))
        {
            return -1;
        }

        int pos = before.Length;
        bool conjunction = false;
        for (int run = 1; run <= 3; run++)
        {
            while (pos > 0 && char.IsWhiteSpace(before[pos - 1]))
            {
                pos--;
            }

            int runEnd = pos;
            while (pos > 0 && !char.IsWhiteSpace(before[pos - 1]))
            {
                pos--;
            }

            if (pos == runEnd)
            {
                return run <= 2 ? -1 : 0; // fewer than two runs: no word before a conjunction; two: the whole text
            }

            if (run <= 2 && before[pos..runEnd] is "and" or "but")
            {
                conjunction = true;
            }

            if (run == 2 && !conjunction)
            {
                return -1;
            }

            if (pos == 0)
            {
                return run >= 2 ? 0 : -1;
            }
        }

        return pos;
    }

    /// <summary>
    /// A sentence's text up to a cue right after "and" / "but" (with its comma and an adverb): a coordinated verb; the word
    /// before the conjunction may close quoted words ("called Bush “a liar” and said …", "called it “nonsense,” but said …").
    /// </summary>
    [GeneratedRegex(@"(?<word>\w[\w’']*)(?:,?[”""])?,?\s+(?:and|but)\s+(?:[a-z]+ly\s+|also\s+)?$")]
    internal static partial Regex CoordinatedVerb();

    /// <summary>
    /// Whether a participle cue after "by" or "in" opens a reported clause: no object participle or preposition after it
    /// (<see cref="OpensReportedClause"/>), and a clause (<see cref="ReportsClause"/>) or a finite verb before the first
    /// comma (the present tense after a participle: "by saying the conflict … needs to come to an end"); "by writing a
    /// letter", "in saying goodbye" report nothing.
    /// </summary>
    private bool ReportsAfterByOrIn(string text, TextSpan cue, string cueWord, int contentEnd, ClauseTags tags)
    {
        if (!OpensReportedClause(text, cueWord, cue.End, contentEnd))
        {
            return false;
        }

        int from = SkipObjectAndThat(text, cue.End, contentEnd, tags);
        int comma = text.IndexOf(',', from, Math.Max(0, contentEnd - from));
        return ReportsClause(text, cue, new TextSpan(from, Math.Max(from, contentEnd)), tags) || HoldsFiniteVerb(text, from, comma < 0 ? contentEnd : comma, tags);
    }

    /// <summary>
    /// The subject of the clause a participle after "by" or "in" at <paramref name="cueStart"/> hangs on: read leftwards
    /// from the last finite verb before it (<paramref name="subject"/>; null when there is none, and the sentence's subject
    /// is read instead). False when a passive participle after a form of "be" stands between that verb and the
    /// participle ("will be diagnosed just by saying …"): the means of a passive names no speaker.
    /// </summary>
    private bool MeansClauseSubject(string text, int sentStart, int cueStart, ClauseTags tags, out TextSpan? subject)
    {
        subject = null;
        int verb = -1;
        bool passive = false;
        string previous = "";
        PartOfSpeech? previousTag = null;
        foreach (var word in SpeakerWords().EnumerateMatches(text.AsSpan(sentStart, cueStart - sentStart)))
        {
            int at = sentStart + word.Index;
            string lower = text.Substring(at, word.Length).ToLowerInvariant();
            var tag = tags.At(at);
            // a verb after a noun, a pronoun or an adverb ("Fox angered", "he also said"); not "became more open", an
            // adjective the tagger reads as a verb after "more" (TimeBank)
            if (IsFiniteVerb(lower, at, tags) && previousTag is PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.NNP or PartOfSpeech.NNPS
                or PartOfSpeech.PRP or PartOfSpeech.RB && !_lexicon.DegreeWords.Contains(previous))
            {
                verb = at;
                passive = false;
            }
            else if (verb >= 0 && tag == PartOfSpeech.VBN && _lexicon.PassiveAuxiliaries.Contains(previous))
            {
                passive = true;
            }

            previous = lower;
            previousTag = tag;
        }

        if (passive)
        {
            return false;
        }

        subject = verb > sentStart ? SubjectLeftOf(text, verb, sentStart) : null;
        return true;
    }

    /// <summary>A first-person subject pronoun, with a contraction or none ("We", "We’ll", "I").</summary>
    [GeneratedRegex(@"^(?i:we|i)(?:['’]\w+)?$")]
    private static partial Regex FirstPerson();

    /// <summary>Whether the next cue of the sentence is a participle in -ing right after "by" or "in" right after <paramref name="cue"/> ("responded by explaining …").</summary>
    private static bool ByParticipleNext(string text, TextSpan cue, IReadOnlyList<Match> cues, int sentStart)
    {
        foreach (Match next in cues)
        {
            int at = sentStart + next.Index;
            if (at <= cue.End)
            {
                continue;
            }

            // (the gap holds "by" or "in" alone right after the cue's word: QuoteLexicon.AfterByOrIn's test, no need to ask it again)
            return next.Value.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && ByOrInOnly().IsMatch(text.AsSpan(cue.End, at - cue.End));
        }

        return false;
    }

    [GeneratedRegex(@"^\s+(?:by|in)\s+(?:[a-z]{2,}ly\s+)?$")]
    private static partial Regex ByOrInOnly();

    /// <summary>Whether a comma comes before the position, also one inside a closing quote mark ("… values,” saying").</summary>
    private static bool PrecededByComma(string text, int position)
    {
        int i = position - 1;
        while (i >= 0 && text[i] == ' ')
        {
            i--;
        }

        if (i >= 1 && text[i] is '”' or '"' or '’')
        {
            i--;
        }

        return i >= 0 && text[i] == ',';
    }

    /// <summary>Whether the words of <paramref name="rest"/> up to its first comma hold an auxiliary or a modal (quote-clause-verbs.txt).</summary>
    private bool HoldsClauseVerb(ReadOnlySpan<char> rest)
    {
        int comma = rest.IndexOf(',');
        if (comma >= 0)
        {
            rest = rest[..comma];
        }

        foreach (var word in rest.Split(' '))
        {
            if (_lexicon.ClauseVerbs.Contains(rest[word].Trim(".!?;:").ToString().ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the word of <see cref="IsWordChar"/> characters ending at <paramref name="end"/> starts, not before <paramref name="limit"/>.</summary>
    private static int TokenStart(string text, int end, int limit)
    {
        int start = end;
        while (start > limit && IsWordChar(text[start - 1]))
        {
            start--;
        }

        return start;
    }

    /// <summary>
    /// A comma of a US place written "Town, ST." ("the Stamford, Conn.-based company", "the Amherst, N.Y., Police
    /// Department": samples 24, 26): the comma between a capitalised word and a state's abbreviation
    /// (<see cref="EntityResolver.IsUsStateAbbreviation"/>, whole or opening a word: "Conn.-based"), or the comma right
    /// after such an abbreviation; only when a determiner opens the town's name, the place a modifier inside a noun
    /// phrase (not "In Stamford, Conn., police said", "based in Stamford, Conn., a spokesman said", "in Miami Beach, Fla.
    /// Sister Jeanne O'Laughlin said", where the place closes; nor "Kalamazoo, Mich.-based First of America said", whose
    /// speaker is named after the place: TimeBank). Read back no further than <paramref name="limit"/>.
    /// </summary>
    private static bool IsPlaceComma(string text, int comma, int limit)
    {
        if (!TownStateComma(text, comma, limit))
        {
            int start = TokenStart(text, comma, limit);
            if (start >= comma || start - 2 < limit || text[start - 1] != ' ' || text[start - 2] != ','
                || !EntityResolver.IsUsStateAbbreviation(text.AsSpan(start, comma - start)) || !TownStateComma(text, start - 2, limit))
            {
                return false;
            }

            comma = start - 2;
        }

        // the town's capitalised words (up to three: "the Fort Lauderdale, Fla., police"), then the determiner
        int at = comma;
        for (int words = 0; words < 4 && TokenBefore(text, at, limit) is { } word; words++)
        {
            if (char.IsUpper(text[word.Start]))
            {
                at = word.Start;
                continue;
            }

            return text.AsSpan(word.Start, word.Length) is "the" or "a" or "an";
        }

        return false;
    }

    /// <summary>A comma after a capitalised word and before a state's abbreviation (a word's opening up to a period or before a hyphen).</summary>
    private static bool TownStateComma(string text, int comma, int limit)
    {
        if (comma + 2 >= text.Length || text[comma + 1] != ' ' || TokenBefore(text, comma, limit) is not { } town || !char.IsUpper(text[town.Start]))
        {
            return false;
        }

        int start = comma + 2;
        int end = start;
        while (end < text.Length && IsWordChar(text[end]))
        {
            end++;
        }

        for (int i = start; i < end; i++)
        {
            if ((text[i] == '.' && EntityResolver.IsUsStateAbbreviation(text.AsSpan(start, i + 1 - start)))
                || (text[i] == '-' && EntityResolver.IsUsStateAbbreviation(text.AsSpan(start, i - start))))
            {
                return true;
            }
        }

        return end > start && EntityResolver.IsUsStateAbbreviation(text.AsSpan(start, end - start));
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '\'' or '\u2019' or '-' or '&';

    private static int SkipThat(string text, int from, int limit) => from + FirstMatchLength(ThatAhead(), text.AsSpan(from, limit - from));

    [GeneratedRegex(@"^\s*(?:that\b)?\s*")]
    private static partial Regex ThatAhead();

    /// <summary>A relative "who" right after a speaker phrase and its comma (", who added that …").</summary>
    [GeneratedRegex(@"^,\s+who\s")]
    private static partial Regex RelativeAfterSpeaker();

    /// <summary>", and " or ", but " right after an attribution (<c>\G</c>: from the attribution's end).</summary>
    [GeneratedRegex(@"\G\s*,\s+(?:and|but)\s+")]
    private static partial Regex CoordinatedAfterAttribution();

    /// <summary>An article and a noun with more words after them opening a speaker phrase ("a charge Gonzalez").</summary>
    [GeneratedRegex(@"^(?i:a|an|the)\s+(?<noun>[a-z]+)\s+\S")]
    private static partial Regex ClaimHead();

    /// <summary>A relative word in a speaker read after its content (", a retired judge who argues that …" is no speaker there).</summary>
    [GeneratedRegex(@"\b(?:who|which|that)\b")]
    private static partial Regex RelativeWord();

    /// <summary>After a speaker-then-cue tail: at most 40 characters without a comma to the sentence's end.</summary>
    [GeneratedRegex(@"^[^,]{0,40}[.!?]?\s*$")]
    private static partial Regex ShortTail();

    [GeneratedRegex(@"\w")]
    private static partial Regex WordAfterCue();

    /// <summary>
    /// Whether the words after a speaker-then-cue tail end the attribution: a short tail (<see cref="ShortTail"/>), or
    /// one followed by a phrase on the content after a comma, an apposition or a participle that is no cue ("…, Fain
    /// said, a turnaround from job cuts …", "…, the two sides said Saturday, October 28, allowing members to …"), whose
    /// first words hold no auxiliary or modal ("…, Smith said, the company will close …" is a clause of its own), in a
    /// sentence whose speaker does not follow an introductory phrase ("In a statement Friday, Garza said, the consulate
    /// will …": the content follows the attribution there; "On Monday, two rockets landed …, the Red Crescent said,
    /// injuring …" reports the clause before it, whose comma is not the opener's).
    /// </summary>
    private bool EndsAttribution(string sentence, int comma, ReadOnlySpan<char> rest)
    {
        // an opening phrase before the sentence's first comma is no report of the subject after it ("In a statement, …");
        // with words after the cue, not even before a short tail: "Asked if the debates matter to her, Chisholm said they
        // do.", "As someone who …, Rollock acknowledged that she fell …", "On the policy front, Haley reiterated her support
        // …" (samples 1-3: the cue's own report, or none, follows)
        var opening = sentence.AsSpan().TrimStart();
        int space = opening.IndexOfAny(' ', ',');
        bool opened = space > 0 && sentence.IndexOf(',') == comma && _lexicon.SentenceOpeners.Contains(opening[..space].ToString().ToLowerInvariant());
        if (ShortTail().IsMatch(rest))
        {
            return !(opened && WordAfterCue().IsMatch(rest));
        }

        if (opened)
        {
            return false;
        }

        if (AdverbialTail(rest))
        {
            return true;
        }

        var appended = _lexicon.AppendedPhrase.EnumerateMatches(rest);
        if (!appended.MoveNext())
        {
            return false;
        }

        var phrase = rest[appended.Current.Length..];
        int word = phrase.IndexOfAny(' ', ',');
        var first = word < 0 ? phrase : phrase[..word];
        if (first.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && _lexicon.Cues.Contains(first.ToString().ToLowerInvariant()))
        {
            return false;
        }

        // its first four words ("the company will close")
        int end = 0;
        for (int spaces = 0; end < phrase.Length; end++)
        {
            if (phrase[end] == ' ' && ++spaces == 4)
            {
                break;
            }
        }

        return !HoldsClauseVerb(phrase[..end]);
    }

    /// <summary>
    /// Whether the words after a speaker-then-cue tail are the circumstance of the saying, up to the sentence's end: after
    /// time words (quote-speaker-times.txt), a preposition of a phrase between a speaker and a cue or after an attribution
    /// (quote-subject-prepositions.txt, quote-appended-openers.txt), and no comma, "that" or clause verb after it ("…, New
    /// Zealand said Friday in response to U.S. missile attacks on …", "…, the ministry said on Tuesday during a visit to
    /// …": sample 28; "…, Smith said in a statement the company will close" is a report of its own, read after the cue).
    /// </summary>
    private bool AdverbialTail(ReadOnlySpan<char> rest)
    {
        bool opened = false;
        foreach (var word in SpeakerWords().EnumerateMatches(rest))
        {
            string lower = rest.Slice(word.Index, word.Length).ToString().ToLowerInvariant();
            if (!opened)
            {
                if (_lexicon.SpeakerTimes.ContainsKey(lower))
                {
                    continue;
                }

                if (!_lexicon.SubjectPrepositions.Contains(lower) && !_lexicon.AppendedOpeners.Contains(lower))
                {
                    return false;
                }

                opened = true;
                continue;
            }

            if (lower == "that" || _lexicon.ClauseVerbs.Contains(lower))
            {
                return false;
            }
        }

        return opened && !rest.Contains(',') && !rest.TrimEnd().TrimEnd(".!?").ContainsAny(";:");
    }

    /// <summary>
    /// The subject of a sentence whose words from <paramref name="sentStart"/> to <paramref name="comma"/> are that subject
    /// and its comma-set asides ("Ted Eubank, Coda's president,", "HEALTHDYNE Inc., Atlanta,", "Mr. Drabinsky, who would
    /// have had …,"), or null: a noun phrase of a few words opening with a capital and no finite verb (no introductory
    /// phrase: "In Paris, France, said …", "Speaking Tuesday in Beijing, …"), then one to <see cref="MaxLeadAsides"/>
    /// asides, each a relative clause ("who …", "whose …", "which …") or words with no finite verb (an apposition, an age,
    /// a place). A fronted report has a clause of its own before the comma ("The plan, which was drafted in secret, will
    /// fail, said …"). Without the tagger's tags, a finite verb is an auxiliary or a modal (quote-clause-verbs.txt) or a
    /// word in -ed.
    /// </summary>
    private TextSpan? LeadSubject(string text, int sentStart, int comma, ClauseTags tags)
    {
        int headEnd = text.IndexOf(',', sentStart, comma - sentStart);
        if (headEnd < 0)
        {
            return null;
        }

        var head = SpeakerWords().Matches(text.Substring(sentStart, headEnd - sentStart));
        if (head.Count is 0 or > MaxLeadHeadWords || !char.IsUpper(head[0].Value[0])
            || _lexicon.SentenceOpeners.Contains(head[0].Value.ToLowerInvariant()))
        {
            return null;
        }

        // a capitalised word next to another is a name's, whatever its tag ("Ted Eubank": "Ted" tagged as a verb in -ed),
        // but for a participle or an adverb opening the sentence ("Speaking Tuesday", "Also Tuesday"); the other words
        // hold no finite verb, and the first is a noun's, a determiner or an adjective ("Prices rose, …" is no subject)
        for (int i = 0; i < head.Count; i++)
        {
            bool name = char.IsUpper(head[i].Value[0])
                && ((i > 0 && char.IsUpper(head[i - 1].Value[0])) || (i + 1 < head.Count && char.IsUpper(head[i + 1].Value[0])));
            int at = sentStart + head[i].Index;
            if (i == 0 ? !OpensNounPhrase(at, name, tags) : !name && HoldsFiniteVerb(text, at, at + head[i].Length, tags))
            {
                return null;
            }

            // a time opens the sentence, its subject follows ("Yesterday afternoon, Nancy Pelosi announced …", "Last month,
            // …", "Several days ago, …": quote-speaker-times.txt, and the nouns of quote-sentence-openers.txt)
            string lower = head[i].Value.ToLowerInvariant();
            if (_lexicon.SpeakerTimes.ContainsKey(lower)
                || (_lexicon.SentenceOpeners.Contains(lower) && tags.At(at) is PartOfSpeech.NN or PartOfSpeech.NNS))
            {
                return null;
            }
        }

        int asides = 0;
        for (int from = headEnd + 1; from < comma; asides++)
        {
            int to = text.IndexOf(',', from, comma - from);
            to = to < 0 ? comma : to;
            if (asides == MaxLeadAsides || (!LeadRelative().IsMatch(text.AsSpan(from, to - from)) && HoldsFiniteVerb(text, from, to, tags)))
            {
                return null;
            }

            from = to + 1;
        }

        return new TextSpan(sentStart + head[0].Index, sentStart + head[^1].Index + head[^1].Length);
    }

    /// <summary>Whether the word at <paramref name="at"/> can open a noun phrase: a noun, a determiner, an adjective, a number or a possessive pronoun, or a name's word other than a participle or an adverb (all, without tags).</summary>
    private static bool OpensNounPhrase(int at, bool name, ClauseTags tags) => !tags.Any || tags.At(at) switch
    {
        var tag when ClauseTags.IsNounPhraseTag(tag) => true,
        PartOfSpeech.VBG or PartOfSpeech.RB or PartOfSpeech.RBR or PartOfSpeech.RBS or PartOfSpeech.IN or PartOfSpeech.TO
            or PartOfSpeech.CC or PartOfSpeech.WRB or PartOfSpeech.WDT or PartOfSpeech.WP => false,
        _ => name,
    };

    /// <summary>A lead's subject is a name or a noun phrase of at most this many words ("Ted Eubank", "Mr. Drabinsky", "HEALTHDYNE Inc.").</summary>
    private const int MaxLeadHeadWords = 6;

    /// <summary>At most this many comma-set pieces between a lead's subject and its cue ("Cambrex Corp., Bayonne, N.J., said": two).</summary>
    private const int MaxLeadAsides = 3;

    /// <summary>A phrase opening with an article: a description.</summary>
    [GeneratedRegex(@"^(?i:the|a|an)\s")]
    private static partial Regex ArticleOpening();

    /// <summary>A relative clause set off by commas after a subject.</summary>
    [GeneratedRegex(@"^\s*(?:who|whose|which)\s")]
    private static partial Regex LeadRelative();

    /// <summary>Whether a speaker phrase read after a cue is a passive participle's complement: time words (quote-speaker-times.txt) alone ("announced Friday"), or after them "by", the agent ("announced Wednesday by X").</summary>
    private bool PassiveAside(string speaker)
    {
        foreach (Match word in SpeakerWords().Matches(speaker))
        {
            string lower = word.Value.ToLowerInvariant();
            if (!_lexicon.SpeakerTimes.ContainsKey(lower))
            {
                return lower == "by";
            }
        }

        return true;
    }

    /// <summary>Whether the words from <paramref name="from"/> to <paramref name="to"/> hold a finite verb (<see cref="IsFiniteVerb"/>).</summary>
    private bool HoldsFiniteVerb(string text, int from, int to, ClauseTags tags)
    {
        foreach (var word in SpeakerWords().EnumerateMatches(text.AsSpan(from, Math.Max(0, to - from))))
        {
            int at = from + word.Index;
            if (IsFiniteVerb(text.Substring(at, word.Length).ToLowerInvariant(), at, tags))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"^(?:\s+[^\s,;:]+){0,6}?\s+that\b\s*")]
    private static partial Regex ObjectAndThat();

    /// <summary>
    /// Whether the words <see cref="SkipObjectAndThat"/> skipped between a cue and <paramref name="start"/> are a
    /// determiner, a noun phrase (by the tagger's tags) and "that", after a cue that tells no hearer
    /// (quote-hearer-cues.txt), the noun no noun of a content clause (quote-content-nouns.txt) nor a time, and no time
    /// right after "that" (quote-demonstrative-times.txt: "that day" is a demonstrative's): the "that"
    /// opens a relative clause of the noun, the cue's object, and the clause is no report ("Castro noted the importance
    /// that Cuba's younger generations have played in …", sample 30; "denied a newspaper report that …", "told the
    /// panel that …", "announced this week that …" still report).
    /// </summary>
    private bool NounRelative(string text, TextSpan cue, int start, ClauseTags tags)
    {
        if (!tags.Any || start <= cue.End || _lexicon.HearerCues.Contains(text.Substring(cue.Start, cue.Length).ToLowerInvariant()))
        {
            return false;
        }

        var words = SpeakerWords().Matches(text, cue.End).TakeWhile(w => w.Index < start).ToList();
        if (words.Count < 3 || !words[^1].Value.Equals("that", StringComparison.OrdinalIgnoreCase)
            || !_lexicon.Determiners.Contains(words[0].Value.ToLowerInvariant()))
        {
            return false;
        }

        // "that day" is a demonstrative's time: "saying an attack that day on … produced no casualties" (Wikinews)
        var noun = words[^2].Value.ToLowerInvariant();
        var next = SpeakerWords().Match(text, start);
        return !_lexicon.ContentNouns.Contains(noun) && !_lexicon.SpeakerTimes.ContainsKey(noun)
            && !(next.Success && next.Index == start && _lexicon.DemonstrativeTimes.Contains(next.Value.ToLowerInvariant()))
            && tags.At(words[^2].Index) is PartOfSpeech.NN or PartOfSpeech.NNS
            && words.Skip(1).SkipLast(1).All(w => ClauseTags.IsNounPhraseTag(tags.At(w.Index)));
    }


    /// <summary>
    /// Whether the "that" ending the words from <paramref name="from"/> to <paramref name="after"/> (an object and
    /// "that", <see cref="ObjectAndThat"/>) is a relative pronoun standing as its clause's subject: a word before it, and
    /// a finite verb in lower case right after it (<see cref="SkipObjectAndThat"/>).
    /// </summary>
    private bool RelativeThat(string text, int from, int after, int limit, ClauseTags tags)
    {
        // "that" alone is the clause's own demonstrative subject ("said that would be …"); after a hearer pronoun it opens
        // the clause told ("kept telling me that knows I was …", Wikinews: a pronoun takes no restrictive relative)
        var before = text.AsSpan(from, after - from).Trim();
        if (before.Equals("that", StringComparison.OrdinalIgnoreCase) || after >= limit || HearerThenThat().IsMatch(text.AsSpan(from, after - from)))
        {
            return false;
        }

        // in lower case: a capitalised word is a name, the subject of a clause "that" opens ("argued from the start that
        // Elian not be denied …", the tagger's present tense for "Elian")
        var next = SpeakerWords().Match(text, after, limit - after);
        return next.Success && next.Index == after && char.IsLower(next.Value[0])
            && (_lexicon.ClauseVerbs.Contains(next.Value) || (tags.Any && tags.IsFinite(next.Index)));
    }


    [GeneratedRegex(@"^[\s,:]*")]
    private static partial Regex LeadingGap();

    [GeneratedRegex(@"\b(?:he|she|they|we|I|whether|if)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClauseBeforeThat();

    /// <summary>The length of the pattern's first match in the span (as <c>Regex.Match(string).Length</c> of it: 0 when none), without a Match.</summary>
    private static int FirstMatchLength(Regex pattern, ReadOnlySpan<char> span)
    {
        foreach (var m in pattern.EnumerateMatches(span))
        {
            return m.Length;
        }

        return 0;
    }

    /// <summary>
    /// After "told reporters" / "assured his Libyan counterpart Thursday": the content starts after "that" when it comes
    /// soon. Not when a finite verb follows "that" at once (an auxiliary or a modal of quote-clause-verbs.txt, or the
    /// tagger's finite verb when <paramref name="tags"/> are given): that "that" is the relative pronoun of the words
    /// before it, the subject of the report ("said the issues that hurt Sun's performance … are now …", "say the H5N1
    /// virus that causes bird flu appears …", "announced the locations that would be given …": VOA, the report was read
    /// from the relative clause's verb, as a clause without a subject).
    /// </summary>
    private int SkipObjectAndThat(string text, int from, int limit, ClauseTags tags = default)
    {
        foreach (var m in ObjectAndThat().EnumerateMatches(text.AsSpan(from, limit - from)))
        {
            // a subject pronoun or "whether" before "that" opens the clause itself, whose "that" is a demonstrative ("said he
            // wonders whether even that low target is at risk": seventeenth sample)
            if (ClauseBeforeThat().IsMatch(text.AsSpan(from, m.Length)) || RelativeThat(text, from, from + m.Length, limit, tags))
            {
                break;
            }

            return from + m.Length;
        }

        return from + FirstMatchLength(LeadingGap(), text.AsSpan(from, limit - from));
    }

    /// <summary>
    /// A quoted title ("on MSNBC's “Morning Joe,”", "his book, “An American Son.”", “Parasite” won the award): the
    /// times layer's rule (<see cref="QuotedTitles"/>), one rule for both.
    /// </summary>
    private static bool IsTitle(string text, TextSpan q) => QuotedTitles.IsTitle(text.AsSpan(q.Start, q.Length).Trim(['"', '\u201C', '\u201D', ' ']));

    /// <summary>
    /// The text from <paramref name="from"/> to <paramref name="to"/> with the marks of the quoted titles wholly inside it
    /// left out ("''A,'' Gonzalez said on CBS's ''60 Minutes.'' ''B.''": the show's title inside the cue between two parts
    /// of one quote, sample 29), so that the words between read as an attribution. The marks lie in text order: only those
    /// from the first starting at <paramref name="from"/> on are looked at, not the whole text's for every gap.
    /// </summary>
    private static string WithoutTitleMarks(string text, int from, int to, IReadOnlyList<TextSpan> marks)
    {
        var between = new System.Text.StringBuilder(to - from);
        int at = from;
        for (int i = TextSpans.LastStartingAtOrBefore(marks, from - 1) + 1; i < marks.Count && marks[i].Start < to; i++)
        {
            var mark = marks[i];
            if (mark.Start < at || mark.End > to)
            {
                continue;
            }

            var inner = text.AsSpan(mark.Start, mark.Length).Trim(TitleMarks);
            if (!QuotedTitles.IsTitle(inner))
            {
                continue;
            }

            between.Append(text, at, mark.Start - at).Append(inner);
            at = mark.End;
        }

        return between.Append(text, at, to - at).ToString();
    }

    /// <summary>The characters of quote marks around a title (straight, curly, `` and '' pairs).</summary>
    private const string TitleMarks = "\"“”‘’'`";

    /// <summary>Whether the quoted words close on punctuation inside the marks (“No,” / “Stop!”), as speech does and a title rarely does.</summary>
    private static bool PunctuatedInside(string text, TextSpan q)
    {
        int i = q.End - 1;
        while (i > q.Start && text[i] is '"' or '\u201D' or '\u2019' or '\'')
        {
            i--;
        }

        return i > q.Start && text[i] is '.' or ',' or '!' or '?' or ';' or ':' or '\u2014' or '-' or '\u2026';
    }

    /// <summary>
    /// Whether the sentence ends with the quote: only punctuation follows, or the quote closes on its own full stop
    /// and a new sentence starts ("… said, “We will win.” Hours later, …").
    /// </summary>
    private static bool RestIsPunctuation(string text, int from, int windowEnd)
    {
        bool closesSentence = from >= 2 && text[from - 2] is '.' or '!' or '?';
        for (int i = from; i < windowEnd; i++)
        {
            char c = text[i];
            if (c is '.' or '!' or '?' or '\n' || (closesSentence && i > from && char.IsUpper(c) && char.IsWhiteSpace(text[i - 1])))
            {
                return true;
            }

            if (!char.IsWhiteSpace(c) && c is not ',' and not ';' and not ')' and not ':')
            {
                return false;
            }
        }

        return true;
    }

    private static bool ContainsMark(string text, TextSpan s)
    {
        for (int i = s.Start; i < s.End; i++)
        {
            if (text[i] is '"' or '\u201C' or '\u201D' || (text[i] == '\'' && i + 1 < s.End && text[i + 1] == '\''))
            {
                return true;
            }
        }

        return false;
    }

    // by binary search: a scan from the first sentence for each quote was quadratic on a page of many quotes (hostile-quadratic)
    private static int SentenceStart(IReadOnlyList<TextSpan> sentences, int position)
        => TextSpans.LastStartingAtOrBefore(sentences, position) is var i and >= 0 ? sentences[i].Start : 0;

    /// <summary>
    /// The index of the first paragraph equal to <paramref name="para"/>, which is paragraph <paramref name="found"/>
    /// when that is not -1: the search goes back from it over equal ones only. Searching from the first paragraph for
    /// every quote mark was a fifth of the quote stage on 12,000 quote paragraphs (bench/README.md, "Hostile inputs,
    /// perf-hostile").
    /// </summary>
    private static int ParagraphIndex(IReadOnlyList<TextSpan> paragraphs, TextSpan para, int found)
    {
        if (found >= 0)
        {
            while (found > 0 && paragraphs[found - 1] == para)
            {
                found--;
            }

            return found;
        }

        for (int i = 0; i < paragraphs.Count; i++)
        {
            if (paragraphs[i] == para)
            {
                return i;
            }
        }

        return -1;
    }

    private static int WordCount(string text, TextSpan span)
    {
        int words = 0;
        bool inWord = false;
        for (int i = span.Start; i < span.End; i++)
        {
            bool w = char.IsLetterOrDigit(text[i]);
            if (w && !inWord)
            {
                words++;
            }

            inWord = w;
        }

        return words;
    }

    private sealed record Attribution(TextSpan Cue, TextSpan? Speaker);
}
