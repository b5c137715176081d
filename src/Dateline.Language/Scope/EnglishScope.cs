using Dateline.Core.Model;
using Dateline.Core.Text;

namespace Dateline.Language.Scope;

/// <summary>
/// Whether the English models and word lists read a document: its language (<see cref="ArticleMetadata.Language"/>,
/// declared, supplied or guessed from the text) is English or unknown, and most of its letters are Latin. The
/// recognizer, quotes, times, amounts, tagger and events apply only then: on the 361 German pages of the htmldate
/// dev set the English recognizer made 42 entities a page, most of them capitalised nouns ("Die" PERSON,
/// "Klebeband" LOC), and the amounts read German words as units (docs/entities.md, "Pages not in English").
/// </summary>
public static class EnglishScope
{
    /// <summary>
    /// The least share of Latin letters in a text of unknown or English language: a Hindi or Arabic article whose
    /// page declares "en" falls far below it (2–20 % Latin on the htmldate dev pages), an English one with a few
    /// names in other scripts far above.
    /// </summary>
    public const double MinLatinShare = 0.5;

    public static bool Reads(Document document)
        => document.Metadata.Language is null or "en" && Scripts.LatinShare(document.Text) >= MinLatinShare;

    /// <summary>Why a document is out of scope, for its warning.</summary>
    public static string Reason(Document document)
        => document.Metadata.Language is null or "en"
            ? "its letters are mostly not Latin"
            : $"its language is '{document.Metadata.Language}'";
}
