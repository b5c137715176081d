using Dateline.Core.Model;
using Dateline.Language.Tokens;

namespace Dateline.Language.Tests.Tokens;

public class LowerWordsTests
{
    private static string Copying(string word) => word.ToLowerInvariant().Replace('’', '\'');

    /// <summary>The word alone, inside a longer text.</summary>
    private static string Lower(string word)
    {
        var into = new string[1];
        LowerWords.OfEach("«" + word + "»", [new TextSpan(1, 1 + word.Length)], into);
        return into[0];
    }

    [Theory]
    [InlineData("Hifter’s", "hifter's")]
    [InlineData("’s", "'s")]
    [InlineData("N’T", "n't")]
    [InlineData("ÆGIS", "ægis")]
    [InlineData("", "")]
    public void Lower_cases_and_reads_the_curly_apostrophe_as_straight(string word, string expected)
    {
        Assert.Equal(expected, Lower(word));
        Assert.Equal(Copying(word), Lower(word));
    }

    [Fact]
    public void Equals_the_copying_normalization_on_random_words_short_and_long()
    {
        var random = new Random(20);
        const string alphabet = "aBcDeFgHiJkLmNoPqRsTuVwXyZ’'-.0123456789ÄÖÜßÉÈİıΣσςДд";
        for (int n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, LowerWords.MaxCachedLength + 8)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            var word = new string(chars);
            Assert.Equal(Copying(word), Lower(word));
        }
    }

    [Fact]
    public void A_repeated_short_word_is_one_string()
    {
        var first = Lower("Rebels");
        var second = Lower("REBELS");
        Assert.Equal("rebels", first);
        Assert.Same(first, second);
    }

    [Fact]
    public void Each_word_of_a_sentence_at_once_as_one_at_a_time()
    {
        foreach (var (text, words) in WordStringsTests.RandomSentences(37, LowerWords.MaxCachedLength))
        {
            var strings = new string[words.Length + 2];
            LowerWords.OfEach(text, words, strings);
            for (int i = 0; i < words.Length; i++)
            {
                Assert.Equal(Copying(text.Substring(words[i].Start, words[i].Length)), strings[i]);
            }

            Assert.Null(strings[words.Length]);
        }
    }

    [Fact]
    public void A_word_repeated_in_a_sentence_is_one_string()
    {
        var strings = new string[3];
        LowerWords.OfEach("Rebels met REBELS", [new TextSpan(0, 6), new TextSpan(7, 10), new TextSpan(11, 17)], strings);
        Assert.Equal(["rebels", "met", "rebels"], strings);
        Assert.Same(strings[0], strings[2]);
    }
}
