#:project ../../src/Dateline.Store/Dateline.Store.csproj
#:property JsonSerializerIsReflectionEnabledByDefault=true
// Evidence for ThreadOptions on the dev parts of the thread sets: the articles dated 2019 of the Wikinews set, and the
// whole newswire set (`run.sh --set newswire --keep DIR`, gold newswire-threads.tsv, which has no test part).
// usage: dotnet run eval/threads/tune.cs -- STORE.db GOLD.tsv
//   STORE.db is a store of the corpus made by `eval/threads/run.sh --keep DIR` (DIR/threads.db). Each setting
//   re-threads a copy of it from scratch (the threads are cleared, and opening the store places every article again
//   in publication order, as ingest did) and is scored by pairwise precision, recall and F1. Printed: the window
//   against the threshold, then each other option varied alone around the defaults. Options are chosen by the dev
//   figures only; the test figures are printed to be reported, never to choose by.
using System.Globalization;
using Dateline.Core.Layers;
using Dateline.Store.Sqlite;
using Dateline.Store.Threads;
using Microsoft.Data.Sqlite;

var (source, goldPath) = (args[0], args[1]);
// A gold file with a `part` column (newswire-threads.tsv) names each article's part; otherwise (wikinews-threads.tsv)
// the articles dated 2019 are the dev part.
var header = File.ReadLines(goldPath).First().Split('\t');
var partColumn = Array.IndexOf(header, "part");
var gold = File.ReadLines(goldPath).Skip(1).Select(l => l.Split('\t')).ToDictionary(
    f => f[0],
    f => (Thread: f[1], Dev: partColumn >= 0 ? f[partColumn] == "dev" : f[2].StartsWith("2019", StringComparison.Ordinal)));
var work = Path.Combine(Path.GetTempPath(), $"dateline-tune-{Environment.ProcessId}.db");
var d = ThreadOptions.Default;
Console.WriteLine("entity share × threshold (60-day window)");
foreach (var share in new[] { 0.5, 0.6, 0.7, 0.8, 0.9 })
{
    foreach (var threshold in new[] { 0.25, 0.275, 0.3, 0.325 })
    {
        Run($"entity share {share,3} threshold {threshold,5}", d with { EntityShare = share, JoinThreshold = threshold, WindowDays = 60 });
    }
}

Console.WriteLine("window × threshold (other options at their defaults)");
foreach (var window in new[] { 7, 14, 30, 60, 90 })
{
    foreach (var threshold in new[] { 0.15, 0.2, 0.25, 0.3, 0.35 })
    {
        Run($"window {window,2} threshold {threshold,4}", d with { WindowDays = window, JoinThreshold = threshold });
    }
}

Console.WriteLine("one option at a time");
foreach (var title in new[] { 1.0, 2.0, 3.0, 4.0 })
{
    Run($"title weight {title}", d with { TitleWeight = title });
}

foreach (var entity in new[] { 1.0, 2.0, 3.0 })
{
    Run($"entity weight {entity}", d with { EntityWeight = entity });
}

foreach (var keep in new[] { 30, 60, 120 })
{
    Run($"features per article {keep}", d with { FeaturesPerArticle = keep });
}

foreach (var (count, share) in new[] { (20, 0.05), (60, 0.05), (20, 0.15) })
{
    Run($"rare: at most {count} articles or {share} of them", d with { RareMinCount = count, RareShare = share });
}

File.Delete(work);

void Run(string name, ThreadOptions options)
{
    var predicted = Rethread(options);
    var (dev, test) = (Pairwise(predicted, dev: true), Pairwise(predicted, dev: false));
    var testFigures = gold.Values.Any(g => !g.Dev) ? string.Create(CultureInfo.InvariantCulture, $" | test P {test.P:F3} R {test.R:F3} F1 {test.F1:F3}") : "";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-40} dev P {dev.P:F3} R {dev.R:F3} F1 {dev.F1:F3}{testFigures}"));
}

Dictionary<string, long> Rethread(ThreadOptions options)
{
    SqliteConnection.ClearAllPools();
    File.Copy(source, work, overwrite: true);
    using (var c = new SqliteConnection($"Data Source={work};Pooling=False"))
    {
        c.Open();
        using var clear = c.CreateCommand();
        clear.CommandText = "DELETE FROM article_threads; DELETE FROM threads; DELETE FROM thread_features; DELETE FROM thread_vectors; DELETE FROM thread_term_df; UPDATE thread_collection SET articles = 0;";
        clear.ExecuteNonQuery();
    }

    using (SqliteArticleStore.Open(work, new LayerSet([]), SqliteStoreOptions.Default with { Threads = options }))
    {
    }

    using var read = new SqliteConnection($"Data Source={work};Pooling=False");
    read.Open();
    using var command = read.CreateCommand();
    command.CommandText = "SELECT a.doc_id, t.thread FROM articles a JOIN article_threads t ON t.article = a.rowid";
    using var r = command.ExecuteReader();
    var threads = new Dictionary<string, long>(StringComparer.Ordinal);
    while (r.Read())
    {
        threads[r.GetString(0)] = r.GetInt64(1);
    }

    return threads;
}

Score Pairwise(Dictionary<string, long> predicted, bool dev)
{
    var ids = gold.Keys.Where(id => gold[id].Dev == dev).Order(StringComparer.Ordinal).ToList();
    long goldPairs = 0, predPairs = 0, both = 0;
    for (var i = 0; i < ids.Count; i++)
    {
        for (var j = i + 1; j < ids.Count; j++)
        {
            var g = gold[ids[i]].Thread == gold[ids[j]].Thread;
            var p = predicted.TryGetValue(ids[i], out var a) && predicted.TryGetValue(ids[j], out var b) && a == b;
            goldPairs += g ? 1 : 0;
            predPairs += p ? 1 : 0;
            both += g && p ? 1 : 0;
        }
    }

    var precision = predPairs == 0 ? 0 : (double)both / predPairs;
    var recall = goldPairs == 0 ? 0 : (double)both / goldPairs;
    return new Score(precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
}

internal sealed record Score(double P, double R, double F1);
