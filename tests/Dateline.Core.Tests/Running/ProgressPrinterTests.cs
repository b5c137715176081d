using Dateline.Core.Running;

namespace Dateline.Core.Tests.Running;

public class ProgressPrinterTests
{
    [Fact]
    public void ALogLineCountsDocumentsDoneAndInFlightAndNamesTheSlowOne()
    {
        var output = new StringWriter();
        var printer = new ProgressPrinter(output, terminal: false, "ingest");
        printer.Report(new RunProgress(Read: 12, Succeeded: 7, Failed: 2, Skipped: 1, InFlight: 2, Elapsed: TimeSpan.FromSeconds(20))
        {
            Slowest = "pages/huge.html",
            SlowestFor = TimeSpan.FromSeconds(9),
        });
        Assert.Equal("dateline ingest: 10 done (7 ok, 2 failed, 1 skipped, 2 in flight), 0.5 docs/s, ETA ?, slowest pages/huge.html (9 s)\n", output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void TheSlowestDocumentIsNamedOnlyWhenItRunsLong()
    {
        var output = new StringWriter();
        var printer = new ProgressPrinter(output, terminal: false, "extract");
        printer.Report(new RunProgress(3, 3, 0, 0, 1, TimeSpan.FromSeconds(3)) { Slowest = "a.html", SlowestFor = TimeSpan.FromSeconds(1) });
        Assert.DoesNotContain("slowest", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void TheTimeLeftComesFromTheBytesReadWhenTheSizeIsKnown()
    {
        var output = new StringWriter();
        var bytes = new ReadProgress();
        bytes.AddTotal(1000);
        bytes.Advance(250);
        var printer = new ProgressPrinter(output, terminal: false, "ingest", bytes);
        printer.Report(new RunProgress(5, 5, 0, 0, 0, TimeSpan.FromSeconds(10)));
        Assert.Contains("25.0% of input, ETA 0:00:30", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void NothingIsPrintedForTheFinishedRun()
    {
        var output = new StringWriter();
        new ProgressPrinter(output, terminal: false, "extract").Report(new RunProgress(1, 1, 0, 0, 0, TimeSpan.FromSeconds(1)) { Finished = true });
        Assert.Equal(string.Empty, output.ToString());
    }
}
