using Dateline.Core.Pipeline;
using Dateline.Language.Amounts;
using Dateline.Language.Entities;
using Dateline.Language.Events;
using Dateline.Language.Quotes;
using Dateline.Language.Relations;
using Dateline.Language.Resolution;
using Dateline.Language.Scope;
using Dateline.Language.Sentences;
using Dateline.Language.Tagging;
using Dateline.Language.Times;
using Dateline.Language.Tokens;
using Dateline.Language.Works;

namespace Dateline.Language;

/// <summary>
/// Adds the language layers after extraction (the models and word lists read English: on a text in another language
/// the English-only components do not apply and a warning says so, <see cref="EnglishScope"/>), in the order they depend on each other (each component declares what
/// it reads, so the builder refuses another order): tokens → sentences → quoted titles of works (a working layer) →
/// entity mentions → entities → parts of speech (a working layer: the quote extractor reads a reported clause's past
/// tense, the time tagger the verb that governs a weekday, the event extractor its phrases) → quotes (and the quoted
/// stretches, a working layer) → times → amounts → events → relations (derived from events). A new layer is one more line here.
/// </summary>
public static class LanguagePipelineBuilderExtensions
{
    public static PipelineBuilder UseLanguage(this PipelineBuilder builder)
        => builder
            .Add(new EnglishScopeComponent())
            .Add(new TokenizerComponent())
            .Add(new SentenceSplitterComponent())
            .Add(new QuotedTitlesComponent())
            .Add(new EntityRecognizerComponent())
            .Add(new EntityResolverComponent())
            .Add(new PosTaggerComponent(PosTagsLayer.Working))
            .Add(new QuoteExtractor())
            .Add(new TimeTagger())
            .Add(new AmountExtractor())
            .Add(new EventExtractor())
            .Add(new RelationDeriver());
}
