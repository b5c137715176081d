using System.Globalization;

namespace Dateline.Cli.Ingest;

/// <summary>Progress on stderr: a redrawn bar on a terminal, plain periodic lines when stderr is a file or pipe.</summary>
public sealed class ProgressPrinter(TextWriter output, bool terminal)
{
    public static ProgressPrinter ForStderr() => new(Console.Error, !Console.IsErrorRedirected);

    /// <summary>How often to report: often on a terminal, sparingly in logs.</summary>
    public TimeSpan Interval => terminal ? TimeSpan.FromMilliseconds(500) : TimeSpan.FromSeconds(10);

    public void Report(IngestStatus s)
    {
        var rate = s.Rate.ToString("0.0", CultureInfo.InvariantCulture);
        var eta = s.Eta is { } e ? $"ETA {(int)e.TotalHours}:{e.Minutes:00}:{e.Seconds:00}" : "ETA ?";
        if (terminal)
        {
            const int width = 30;
            var filled = s.Fraction is { } f ? (int)Math.Round(f * width) : 0;
            var bar = s.Fraction is null ? new string('?', width) : new string('#', filled) + new string('.', width - filled);
            var percent = s.Fraction is { } p ? (p * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "";
            output.Write($"\r[{bar}] {percent,4} {s.Done} docs  {rate}/s  {eta}  failed {s.Failed}  skipped {s.Skipped}   ");
        }
        else
        {
            var percent = s.Fraction is { } p ? $", {(p * 100).ToString("0.0", CultureInfo.InvariantCulture)}% of input" : string.Empty;
            output.WriteLine($"dateline ingest: {s.Done} done ({s.Stored} stored, {s.Failed} failed, {s.Skipped} skipped), {rate} docs/s{percent}, {eta}");
        }

        output.Flush();
    }

    public void Finish()
    {
        if (terminal)
        {
            output.WriteLine();
        }
    }
}
