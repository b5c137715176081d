namespace Dateline.Store.Export;

/// <summary>
/// `dateline export` as a library call: the store in one of the <see cref="ExportFormat"/>s, into a directory. Table
/// formats write a file per table (<see cref="TableExporter"/>); GKG writes <c>articles.gkg.tsv</c> and JSON-LD
/// <c>articles.jsonld</c>, one row or object per article. Files appear whole or not at all.
/// </summary>
public static class StoreExporter
{
    /// <summary>The file an article-level format writes, or null for a table format.</summary>
    public static string? ArticleFileName(ExportFormat format) => format switch
    {
        ExportFormat.Gkg => "articles.gkg.tsv",
        ExportFormat.Jsonld => "articles.jsonld",
        _ => null,
    };

    /// <summary>Writes <paramref name="store"/> into <paramref name="directory"/> (created if missing).</summary>
    /// <param name="store">The store to export.</param>
    /// <param name="format">The form to write.</param>
    /// <param name="directory">Where the files go.</param>
    /// <param name="written">Called after each file with its path and its number of rows (table formats) or articles.</param>
    public static void Export(IArticleStore store, ExportFormat format, string directory, Action<string, long>? written = null)
    {
        if (TableExporter.IsTableFormat(format))
        {
            TableExporter.WriteAll(store.ExportTables(), format, directory, written);
            return;
        }

        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, ArticleFileName(format)!);
        var articles = ExportedArticles.Read(store.ExportTables());
        var count = ExportFiles.WriteWhole(path, file => format == ExportFormat.Gkg ? GkgWriter.Write(articles, file) : JsonLdWriter.Write(articles, file));
        written?.Invoke(path, count);
    }
}
