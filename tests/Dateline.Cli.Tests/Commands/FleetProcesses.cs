using System.Diagnostics;
using Dateline.Cli.Commands;
using Dateline.Store;

namespace Dateline.Cli.Tests.Commands;

/// <summary>Workers as child processes, and what a store holds, for the queue and fleet tests.</summary>
internal static class FleetProcesses
{
    public static Process Start(string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "dateline.dll"), .. args])
        {
            start.ArgumentList.Add(arg);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }

    /// <summary>
    /// What a store holds, but for where the input was named from and when: articles by id, hash, title, date and
    /// text; failures; the row count of every table. With <paramref name="arrivalOrderFree"/>, the collection-wide
    /// entities are left out: which name a one-word surname joins and how many entities there are depend on the order
    /// articles arrive in, which concurrent workers do not keep.
    /// </summary>
    public static StoreSnapshot Snapshot(string store, bool arrivalOrderFree = false)
    {
        using var opened = StoreAddress.Open(store, Compose.StoreLayers);
        var tables = opened.ExportTables().ToDictionary(t => t.Name);
        var articles = tables["articles"].ReadRows().Select(r => string.Join('|', r[0], r[1], r[4], r[5], r[14])).Order(StringComparer.Ordinal).ToList();
        var failures = tables["failures"].ReadRows().Select(r => string.Join('|', r[0], r[2])).Order(StringComparer.Ordinal).ToList();
        var counts = string.Join(',', tables.Values.Where(t => !arrivalOrderFree || t.Name != "entities").Select(t => $"{t.Name}={t.ReadRows().Count()}"));
        return new StoreSnapshot(articles, failures, counts);
    }

    public sealed record StoreSnapshot(List<string> Articles, List<string> Failures, string Counts)
    {
        public bool Equals(StoreSnapshot? other)
            => other is not null && Articles.SequenceEqual(other.Articles) && Failures.SequenceEqual(other.Failures) && Counts == other.Counts;

        public override int GetHashCode() => Counts.GetHashCode(StringComparison.Ordinal);

        public override string ToString() => $"{Articles.Count} articles, {Failures.Count} failures, {Counts}";
    }
}
