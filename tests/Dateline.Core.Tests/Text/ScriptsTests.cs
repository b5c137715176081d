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
}
