using Dateline.Store.Export;

namespace Dateline.Store.Tests.Export;

/// <summary>GKG's V2.1ENHANCEDDATES entries from stored times: dates by their resolution, times by their day.</summary>
public class GkgWriterTests
{
    [Theory]
    [InlineData("DATE", "2023-11-08", "4#11#8#2023#42")]
    [InlineData("DATE", "XXXX-03-14", "3#3#14#0#42")]
    [InlineData("DATE", "2014-07", "2#7#0#2014#42")]
    [InlineData("DATE", "2014", "1#0#0#2014#42")]
    [InlineData("TIME", "2023-11-08TAF", "4#11#8#2023#42")]
    [InlineData("TIME", "2023-11-08T18:36", "4#11#8#2023#42")]
    [InlineData("TIME", "XXXX-11-08TEV", "3#11#8#0#42")]
    public void ADateOrATimeOfADayIsThatDay(string type, string value, string expected)
        => Assert.Equal(expected, GkgWriter.EnhancedDate(new ExportedTime(42, "text", type, value)));

    [Theory]
    [InlineData("TIME", "T18:36")]
    [InlineData("TIME", "PRESENT_REF")]
    [InlineData("DATE", "2014-W12")]
    [InlineData("DATE", "PRESENT_REF")]
    [InlineData("DURATION", "P4Y")]
    [InlineData("SET", "P1W")]
    public void WeeksReferencesClockTimesWithoutADayAndOtherTypesGiveNone(string type, string value)
        => Assert.Null(GkgWriter.EnhancedDate(new ExportedTime(42, "text", type, value)));
}
