namespace Dateline.Store.Bench;

/// <summary>Writes a synthetic collection into a store through its batch writer, as an ingest's writer would, without the pipeline.</summary>
public static class StoreFill
{
    /// <summary>Writes <paramref name="count"/> articles in batches of <paramref name="batchSize"/>; <paramref name="progress"/> hears the total after each batch.</summary>
    public static WriteSummary Run(IArticleStore store, SyntheticCollection collection, int count, int batchSize, Action<int>? progress = null)
    {
        var total = WriteSummary.None;
        var written = 0;
        foreach (var batch in collection.Articles(count).Chunk(Math.Max(1, batchSize)))
        {
            total = total.Add(store.Write(batch));
            written += batch.Length;
            progress?.Invoke(written);
        }

        return total;
    }
}
