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
}
