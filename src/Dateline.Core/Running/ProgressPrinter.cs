using System.Globalization;

namespace Dateline.Core.Running;

/// <summary>
/// A run's progress on stderr: a redrawn line on a terminal, plain periodic lines when stderr is a file or pipe.
/// Counts documents done and in flight, names the slowest one when it runs long, and estimates the time left from
/// the bytes read when the input's size is known.
/// </summary>
public sealed class ProgressPrinter(TextWriter output, bool terminal, string command, ReadProgress? bytes = null)
{
    /// <summary>A document processing longer than this is named in the line.</summary>
    private static readonly TimeSpan SlowDocument = TimeSpan.FromSeconds(5);

    public static ProgressPrinter ForStderr(string command, ReadProgress? bytes = null) => new(Console.Error, !Console.IsErrorRedirected, command, bytes);

    public bool IsTerminal => terminal;

    /// <summary>How often to report: often on a terminal, sparingly in logs.</summary>
    public TimeSpan Interval => terminal ? TimeSpan.FromMilliseconds(500) : TimeSpan.FromSeconds(10);

    public void Report(RunProgress p)
    {
        if (p.Finished)
        {
            return;
        }

        var rate = p.Rate.ToString("0.0", CultureInfo.InvariantCulture);
        var fraction = bytes is { TotalBytes: > 0 } b ? Math.Min(1.0, (double)b.BytesRead / b.TotalBytes) : (double?)null;
        var eta = fraction is { } f && f > 0.001 && f < 1 ? TimeSpan.FromSeconds(p.Elapsed.TotalSeconds * (1 - f) / f) : (TimeSpan?)null;
        var etaText = eta is { } e ? $"ETA {(int)e.TotalHours}:{e.Minutes:00}:{e.Seconds:00}" : "ETA ?";
        var slow = p.Slowest is { } s && p.SlowestFor >= SlowDocument ? $", slowest {s} ({p.SlowestFor.TotalSeconds:0} s)" : string.Empty;
        if (terminal)
        {
            const int width = 30;
            var filled = fraction is { } x ? (int)Math.Round(x * width) : 0;
            var bar = fraction is null ? new string('?', width) : new string('#', filled) + new string('.', width - filled);
            var percent = fraction is { } y ? (y * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : string.Empty;
            output.Write($"\r[{bar}] {percent,4} {p.Done} done, {p.InFlight} in flight  {rate}/s  {etaText}  failed {p.Failed}  skipped {p.Skipped}{slow}   ");
        }
        else
        {
            var percent = fraction is { } y ? $", {(y * 100).ToString("0.0", CultureInfo.InvariantCulture)}% of input" : string.Empty;
            output.WriteLine($"dateline {command}: {p.Done} done ({p.Succeeded} ok, {p.Failed} failed, {p.Skipped} skipped, {p.InFlight} in flight), {rate} docs/s{percent}, {etaText}{slow}");
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
