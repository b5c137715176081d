using System.Collections.Immutable;
using Dateline.Language.Tagging;

namespace Dateline.Language.Quotes;

/// <summary>
/// The tagger's parts of speech of a document's tokens (<see cref="PosTagsLayer"/>, tagged before the quotes), read by
/// a word's start offset: a reported clause's finite verb in a form no word list holds ("claimed nobody lost …",
/// "claimed Joe Biden only won …"). Empty when the pipeline tags nothing: then the word lists alone decide.
/// </summary>
internal readonly struct ClauseTags
{
    private readonly ImmutableArray<TaggedToken> _tokens;

    public ClauseTags(ImmutableArray<TaggedToken> tokens) => _tokens = tokens.IsDefault ? [] : tokens;

    /// <summary>Whether the document has tags at all.</summary>
    public bool Any => !_tokens.IsDefaultOrEmpty;

    /// <summary>The tag of the token that starts at <paramref name="start"/>, or null.</summary>
    public PartOfSpeech? At(int start)
    {
        if (_tokens.IsDefaultOrEmpty)
        {
            return null;
        }

        int i = TaggedToken.FirstStartingAtOrAfter(_tokens, start);
        return i < _tokens.Length && _tokens[i].Span.Start == start ? _tokens[i].Tag : null;
    }

    /// <summary>A verb in the past tense ("lost", "won", "left").</summary>
    public bool IsPastTense(int start) => At(start) == PartOfSpeech.VBD;

    /// <summary>A finite verb: past or present tense, or a modal.</summary>
    public bool IsFinite(int start) => At(start) is PartOfSpeech.VBD or PartOfSpeech.VBZ or PartOfSpeech.VBP or PartOfSpeech.MD;

    /// <summary>
    /// A tag of a word a noun phrase may open with or hold: a noun, a determiner, an adjective, a number or a possessive
    /// pronoun (the set a lead's subject opens with and a reported clause's subject holds, besides their own).
    /// </summary>
    public static bool IsNounPhraseTag(PartOfSpeech? tag) => tag is PartOfSpeech.NN or PartOfSpeech.NNS or PartOfSpeech.NNP
        or PartOfSpeech.NNPS or PartOfSpeech.DT or PartOfSpeech.PDT or PartOfSpeech.JJ or PartOfSpeech.JJR or PartOfSpeech.JJS
        or PartOfSpeech.CD or PartOfSpeech.PRPS;

    /// <summary>An adverb ("allegedly", "only", "not").</summary>
    public bool IsAdverb(int start) => At(start) is PartOfSpeech.RB or PartOfSpeech.RBR or PartOfSpeech.RBS;
}
