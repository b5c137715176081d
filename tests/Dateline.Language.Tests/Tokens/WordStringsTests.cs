using Dateline.Core.Model;
using Dateline.Language.Tokens;

namespace Dateline.Language.Tests.Tokens;

public class WordStringsTests
{
    /// <summary>The characters of a span of the text alone.</summary>
    private static string Of(string text, int start, int length)
    {
        var into = new string[1];
        WordStrings.OfEach(text, [new TextSpan(start, start + length)], into);
        return into[0];
    }

    [Theory]
    [InlineData("Hifter’s")]
    [InlineData("’s")]
    [InlineData("ÆGIS")]
    [InlineData("")]
    public void Gives_the_word_as_written(string word) => Assert.Equal(word, Of(word, 0, word.Length));

    [Fact]
    public void Equals_a_copy_on_random_words_short_and_long()
    {
        var random = new Random(13);
        const string alphabet = "aBcDeFgHiJkLmNoPqRsTuVwXyZ’'-.0123456789ÄÖÜßÉÈİıΣσςДд";
        for (int n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, WordStrings.MaxCachedLength + 8)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = alphabet[random.Next(alphabet.Length)];
            }

            var text = "«" + new string(chars) + "»";
            Assert.Equal(new string(chars), Of(text, 1, chars.Length));
        }
    }

    [Fact]
    public void A_repeated_short_word_is_one_string_and_case_is_kept()
    {
        var first = Of("Rebels in Rebels", 0, 6);
        var second = Of("the Rebels", 4, 6);
        var upper = Of("REBELS", 0, 6);
        Assert.Same(first, second);
        Assert.Equal("Rebels", first);
        Assert.Equal("REBELS", upper);
    }

    [Fact]
    public void Each_word_of_a_sentence_at_once_as_one_at_a_time()
    {
        foreach (var (text, words) in RandomSentences(31, WordStrings.MaxCachedLength))
        {
            var strings = new string[words.Length + 2];
            WordStrings.OfEach(text, words, strings);
            for (int i = 0; i < words.Length; i++)
            {
                Assert.Equal(text.Substring(words[i].Start, words[i].Length), strings[i]);
            }

            Assert.Null(strings[words.Length]);
        }
    }

    [Fact]
    public void A_word_repeated_in_a_sentence_is_one_string()
    {
        var strings = new string[3];
        WordStrings.OfEach("Rebels met Rebels", [new TextSpan(0, 6), new TextSpan(7, 10), new TextSpan(11, 17)], strings);
        Assert.Equal(["Rebels", "met", "Rebels"], strings);
        Assert.Same(strings[0], strings[2]);
    }

    /// <summary>Random "sentences" of words separated by spaces (repeats, empty and over-long words, some over 256 words), with each word's span.</summary>
    internal static IEnumerable<(string Text, TextSpan[] Words)> RandomSentences(int seed, int maxLength)
    {
        var random = new Random(seed);
        const string alphabet = "aBcDeFgHiJkLmNoPqRsTuVwXyZ’'-.0123456789ÄÖÜßÉÈİıΣσςДд";
        var vocabulary = new List<string>();
        for (int n = 0; n < 300; n++)
        {
            var text = new System.Text.StringBuilder("« ");
            var words = new List<TextSpan>();
            int count = n % 50 == 0 ? 300 + random.Next(100) : random.Next(0, 40);
            for (int w = 0; w < count; w++)
            {
                string word;
                if (vocabulary.Count > 0 && random.Next(3) == 0)
                {
                    word = vocabulary[random.Next(vocabulary.Count)];
                }
                else
                {
                    var chars = new char[random.Next(0, maxLength + 8)];
                    for (int k = 0; k < chars.Length; k++)
                    {
                        chars[k] = alphabet[random.Next(alphabet.Length)];
                    }

                    word = new string(chars);
                    vocabulary.Add(word);
                }

                words.Add(new TextSpan(text.Length, text.Length + word.Length));
                text.Append(word).Append(' ');
            }

            yield return (text.ToString(), words.ToArray());
        }
    }
}
