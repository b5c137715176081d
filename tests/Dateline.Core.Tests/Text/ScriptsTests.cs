using Dateline.Core.Text;

namespace Dateline.Core.Tests.Text;

public class ScriptsTests
{
    [Theory]
    [InlineData('a', true)]
    [InlineData('ß', true)]
    [InlineData('ő', true)] // Latin Extended-A
    [InlineData('ệ', true)] // Latin Extended Additional (Vietnamese)
    [InlineData('1', false)]
    [InlineData('Ж', false)]
    [InlineData('क', false)]
    public void Latin_letters(char c, bool latin) => Assert.Equal(latin, Scripts.IsLatinLetter(c));

    [Fact]
    public void The_latin_share_counts_letters_only_and_reads_a_sample()
    {
        Assert.Equal(1.0, Scripts.LatinShare("123 — !!"));
        Assert.Equal(0.5, Scripts.LatinShare("ab жж 12"));
        Assert.Equal(1.0, Scripts.LatinShare("abcd" + new string('ж', 10), sample: 4));
    }

    [Theory]
    [InlineData('ひ', true, false, false)] // hiragana
    [InlineData('カ', true, false, false)] // katakana
    [InlineData('中', false, true, false)]
    [InlineData('㐀', false, true, false)] // Extension A
    [InlineData('한', false, false, true)]
    [InlineData('a', false, false, false)]
    [InlineData('Ж', false, false, false)]
    public void CJK_scripts(char c, bool kana, bool han, bool hangul)
    {
        Assert.Equal(kana, Scripts.IsKana(c));
        Assert.Equal(han, Scripts.IsHan(c));
        Assert.Equal(hangul, Scripts.IsHangul(c));
        Assert.Equal(kana || han || hangul, Scripts.IsCjk(c));
    }

    [Fact]
    public void The_latin_share_is_the_count_of_every_letter_on_random_texts()
    {
        // the share skips counting when no letter outside ASCII is of another script: it must equal the full count
        // on texts of ASCII, Latin letters outside ASCII, punctuation and other scripts' letters in any mix
        string[] pieces = ["a", "Z", "7", " ", ",", "—", "’", "é", "ß", "ő", "ǿ", "ệ", "ɐ", "ж", "क", "ع", "中", "\u00aa", "\u02b0", "\u1e9e"];
        var random = new Random(20261206);
        for (int n = 0; n < 20_000; n++)
        {
            var text = new System.Text.StringBuilder();
            int length = random.Next(0, 40);
            bool other = random.Next(3) == 0;
            for (int i = 0; i < length; i++)
            {
                int choice = random.Next(other ? pieces.Length : 13);
                text.Append(pieces[choice]);
            }

            string t = text.ToString();
            int sample = random.Next(2) == 0 ? 4000 : random.Next(1, 30);
            Assert.Equal(Counted(t.AsSpan(0, Math.Min(t.Length, sample))), Scripts.LatinShare(t, sample));
        }
    }

    private static double Counted(ReadOnlySpan<char> text)
    {
        int letters = 0, latin = 0;
        foreach (var c in text)
        {
            letters += char.IsLetter(c) || Scripts.IsLatinLetter(c) ? 1 : 0;
            latin += Scripts.IsLatinLetter(c) ? 1 : 0;
        }

        return letters == 0 ? 1.0 : (double)latin / letters;
    }
}
