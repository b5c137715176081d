using Dateline.Extraction.Language;

namespace Dateline.Extraction.Tests.Language;

/// <summary>The language guess from function words and scripts, and its one-lookup-per-word count against the plain count it replaced.</summary>
public class LanguageGuesserTests
{
    [Theory]
    [InlineData("The minister said that the talks would go on for another week, and that both sides were in favour of it.", "en")]
    [InlineData("Der Minister sagte, dass die Gespräche noch eine Woche dauern würden und dass beide Seiten dafür seien.", "de")]
    [InlineData("Le ministre a dit que les discussions dureraient encore une semaine et que les deux parties étaient pour.", "fr")]
    [InlineData("Too few words here.", null)]
    [InlineData("It's just really hard to stay calm when I meet someone like that.", null)] // Polish "i" and "to": two hits name nothing
    [InlineData("Xyzzy plugh frobozz quux wibble wobble flarp zorp.", null)]
    public void Guesses_from_function_words(string text, string? expected)
        => Assert.Equal(expected, LanguageGuesser.Guess(text));

    [Fact]
    public void Scripts_decide_for_cjk()
    {
        Assert.Equal("ja", LanguageGuesser.Guess(new string('あ', 30)));
        Assert.Equal("ko", LanguageGuesser.Guess(new string('한', 30)));
        Assert.Equal("zh", LanguageGuesser.Guess(new string('中', 30)));
    }

    [Fact]
    public void A_script_guess_needs_the_scripts_letters_to_outnumber_the_others()
    {
        // an English report quoting a Korean name in hangul (more than 20 syllables) is English
        var english = "The mayor of Seoul, " + new string('한', 25) + ", was found dead on Friday, the police said, and the city said that it would hold a funeral for him.";
        Assert.Equal("en", LanguageGuesser.Guess(english));
    }

    [Fact]
    public void Latin_profiles_are_not_guessed_for_text_in_another_script()
    {
        // Devanagari with a few English words: "the", "of", "and" are 5 % of the words, but the letters are not Latin
        var hindi = string.Concat(Enumerable.Repeat("प्रधानमंत्री ने सोमवार को कहा कि भारत के बीच समझौता होगा ", 4)) + "the Ministry of Trade and the Commerce";
        Assert.Null(LanguageGuesser.Guess(hindi));
        Assert.Equal("ru", LanguageGuesser.Guess("Министр сказал, что переговоры продлятся еще неделю и что обе стороны не против."));
    }

    [Theory]
    [InlineData("en", "de", "de", true)] // a template's lang="en" over a German article
    [InlineData("de", "en", "en", true)]
    [InlineData("hu", "en", "hu", false)] // no Hungarian profile: the guess says nothing against the page
    [InlineData(null, "de", "de", false)]
    public void A_declared_language_yields_to_a_text_that_reads_as_another_profiled_one(string? declared, string textLanguage, string expected, bool warned)
    {
        var text = textLanguage == "de"
            ? "Der Minister sagte, dass die Gespräche noch eine Woche dauern würden und dass beide Seiten dafür seien."
            : "The minister said that the talks would go on for another week, and that both sides were in favour of it.";
        var document = Dateline.Core.Model.Document.FromText("t", text, new Dateline.Core.Model.ArticleMetadata { Language = declared });
        var guessed = new LanguageGuesser().Process(document, Dateline.Core.Pipeline.ProcessingContext.None);
        Assert.Equal(expected, guessed.Metadata.Language);
        Assert.Equal(warned, guessed.Warnings.Any(w => w.StartsWith("language: the page declares", StringComparison.Ordinal)));
    }

    [Fact]
    public void Counts_as_splitting_and_lower_casing_every_word_did()
    {
        // words of several languages' lists, in any case, with separators, unknown words and a word longer than 64 letters
        string[] vocabulary = ["the", "THE", "und", "Der", "les", "que", "de", "la", "и", "НЕ", "och", "het", "ÉTAIT", "für", "xyz", new string('a', 70), "İ", "ß"];
        string[] separators = [" ", "\n", ", ", ".", "; ", "“", "»", "  ", "!?"];
        var random = new Random(7);
        for (int round = 0; round < 300; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 60)).Select(_ => vocabulary[random.Next(vocabulary.Length)] + separators[random.Next(separators.Length)]));
            Assert.Equal(Reference(text), LanguageGuesser.Guess(text));
        }
    }

    /// <summary>The count as it was written before (strings per word, one pass per profile), for Latin and Cyrillic text, with the script rule.</summary>
    private static string? Reference(string text)
    {
        var profiles = Dateline.Extraction.TextDump.ChromeLexicon.ReadResource("stopwords.txt").Split('\n')
            .Where(l => l.Length > 0 && !l.StartsWith('#') && l.Contains('\t', StringComparison.Ordinal))
            .Select(l => (Code: l[..l.IndexOf('\t', StringComparison.Ordinal)], Words: new HashSet<string>(l[(l.IndexOf('\t', StringComparison.Ordinal) + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal)))
            .ToList();
        var words = text.Split((char[])[' ', '\n', '\t', ',', '.', ';', ':', '!', '?', '"', '(', ')', '“', '”', '«', '»'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant()).ToList();
        if (words.Count < 5)
        {
            return null;
        }

        var best = profiles.Select(p => (p.Code, Hits: words.Count(p.Words.Contains))).OrderByDescending(p => p.Hits).First();
        // the profile's script must be the text's: Russian's is Cyrillic, every other profile's Latin
        var letters = text.Where(char.IsLetter).ToList();
        bool latinText = letters.Count(c => c < '\u0250' || c is >= '\u1e00' and <= '\u1eff') * 2 >= letters.Count;
        return best.Hits >= Math.Max(LanguageGuesser.MinHits, words.Count / 20) && (best.Code != "ru") == latinText ? best.Code : null;
    }
}
