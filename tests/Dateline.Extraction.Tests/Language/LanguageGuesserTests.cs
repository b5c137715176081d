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

    /// <summary>The count as it was written before (strings per word, one pass per profile), for Latin and Cyrillic text.</summary>
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
        return best.Hits >= Math.Max(2, words.Count / 20) ? best.Code : null;
    }
}
