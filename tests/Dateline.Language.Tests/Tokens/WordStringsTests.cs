using Dateline.Language.Tokens;

namespace Dateline.Language.Tests.Tokens;

public class WordStringsTests
{
    [Theory]
    [InlineData("Hifter’s")]
    [InlineData("’s")]
    [InlineData("ÆGIS")]
    [InlineData("")]
    public void Gives_the_word_as_written(string word) => Assert.Equal(word, WordStrings.Of(word.AsSpan()));

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
            Assert.Equal(new string(chars), WordStrings.Of(text.AsSpan(1, chars.Length)));
        }
    }

    [Fact]
    public void A_repeated_short_word_is_one_string_and_case_is_kept()
    {
        var first = WordStrings.Of("Rebels in Rebels".AsSpan(0, 6));
        var second = WordStrings.Of("the Rebels".AsSpan(4));
        var upper = WordStrings.Of("REBELS".AsSpan());
        Assert.Same(first, second);
        Assert.Equal("Rebels", first);
        Assert.Equal("REBELS", upper);
    }
}
