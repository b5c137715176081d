using Dateline.Language.Entities;

namespace Dateline.Language.Tests.Entities;

public class HugePagesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1000)]
    [InlineData(3 * 1024 * 1024)] // 12 MB: advised for huge pages on Linux
    public void AnArrayOfTheLengthAskedHoldsWhatIsWritten(int length)
    {
        var array = HugePages.Allocate<float>(length);
        Assert.Equal(length, array.Length);
        for (int i = 0; i < length; i++)
        {
            array[i] = i * 0.5f;
        }

        for (int i = 0; i < length; i += 4099)
        {
            Assert.Equal(i * 0.5f, array[i]);
        }

        if (length > 0)
        {
            Assert.Equal((length - 1) * 0.5f, array[^1]);
        }
    }
}
