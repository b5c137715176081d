namespace Dateline.Language.Tagging;

/// <summary>
/// The Penn Treebank tags as GMB writes them (<see cref="PennTags"/> maps the written forms). A closed vocabulary: the
/// tagger's model stores tags by these numbers, so members are only ever added at the end.
/// </summary>
public enum PartOfSpeech : byte
{
    /// <summary>Noun, singular or mass.</summary>
    NN,
    /// <summary>Noun, plural.</summary>
    NNS,
    /// <summary>Proper noun, singular.</summary>
    NNP,
    /// <summary>Proper noun, plural.</summary>
    NNPS,
    /// <summary>Verb, base form.</summary>
    VB,
    /// <summary>Verb, past tense.</summary>
    VBD,
    /// <summary>Verb, gerund or present participle.</summary>
    VBG,
    /// <summary>Verb, past participle.</summary>
    VBN,
    /// <summary>Verb, non-3rd person singular present.</summary>
    VBP,
    /// <summary>Verb, 3rd person singular present.</summary>
    VBZ,
    /// <summary>Modal.</summary>
    MD,
    /// <summary>Adjective.</summary>
    JJ,
    /// <summary>Adjective, comparative.</summary>
    JJR,
    /// <summary>Adjective, superlative.</summary>
    JJS,
    /// <summary>Adverb.</summary>
    RB,
    /// <summary>Adverb, comparative.</summary>
    RBR,
    /// <summary>Adverb, superlative.</summary>
    RBS,
    /// <summary>Particle ("up" of "give up").</summary>
    RP,
    /// <summary>Preposition or subordinating conjunction.</summary>
    IN,
    /// <summary>"to".</summary>
    TO,
    /// <summary>Coordinating conjunction.</summary>
    CC,
    /// <summary>Determiner.</summary>
    DT,
    /// <summary>Predeterminer ("all the").</summary>
    PDT,
    /// <summary>Cardinal number.</summary>
    CD,
    /// <summary>Personal pronoun.</summary>
    PRP,
    /// <summary>Possessive pronoun (PRP$).</summary>
    PRPS,
    /// <summary>Possessive ending ('s).</summary>
    POS,
    /// <summary>Wh-determiner.</summary>
    WDT,
    /// <summary>Wh-pronoun.</summary>
    WP,
    /// <summary>Possessive wh-pronoun (WP$).</summary>
    WPS,
    /// <summary>Wh-adverb.</summary>
    WRB,
    /// <summary>Existential "there".</summary>
    EX,
    /// <summary>Interjection.</summary>
    UH,
    /// <summary>Foreign word.</summary>
    FW,
    /// <summary>Symbol.</summary>
    SYM,
    /// <summary>Currency sign ($).</summary>
    Currency,
    /// <summary>Sentence-final punctuation (.).</summary>
    Period,
    /// <summary>Comma.</summary>
    Comma,
    /// <summary>Colon, semicolon, dash (: ;).</summary>
    Colon,
    /// <summary>Quotation mark (`` '').</summary>
    Quote,
    /// <summary>Opening bracket (LRB).</summary>
    OpenBracket,
    /// <summary>Closing bracket (RRB).</summary>
    CloseBracket,
    /// <summary>Anything else the data writes (GMB's -X-).</summary>
    Other,
}
