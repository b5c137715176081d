using System.Globalization;

namespace Dateline.Store.Export;

/// <summary>
/// Builds the article-level view from a store's export tables: the <c>articles</c> table joined with the tables of
/// the standard layers (<c>article_entities</c>, <c>quotes</c>, <c>times</c>, <c>amounts</c>) by article. The tables
/// come in article order (<see cref="IArticleStore.ExportTables"/>), so the join is a single pass over each; a layer
/// table the store does not have leaves that part empty.
/// </summary>
internal static class ExportedArticles
{
    public static IEnumerable<ExportedArticle> Read(IReadOnlyList<ExportTable> tables)
    {
        var articles = tables.FirstOrDefault(t => t.Name == "articles") ?? throw new InvalidOperationException("the store exports no articles table");
        using var entities = TableCursor.Open(tables, "article_entities");
        using var quotes = TableCursor.Open(tables, "quotes");
        using var times = TableCursor.Open(tables, "times");
        using var amounts = TableCursor.Open(tables, "amounts");
        var a = new Columns(articles);
        foreach (var row in articles.ReadRows())
        {
            var id = (string)row[a["id"]]!;
            var local = entities.TakeFor(id).Select(e => new ExportedEntity(e.Long("entity"), e.Text("local_entity") ?? string.Empty, e.Text("name") ?? string.Empty, e.Text("label") ?? string.Empty)
            {
                Country = e.Text("country"),
                Latitude = e.Double("latitude"),
                Longitude = e.Double("longitude"),
                MentionStarts = e.Value("mentions_start") as IReadOnlyList<long> ?? [],
            }).ToList();
            yield return new ExportedArticle(id, (string?)row[a["input"]] ?? string.Empty)
            {
                Url = (string?)row[a["url"]],
                Title = (string?)row[a["title"]],
                Published = (DateOnly?)row[a["published"]],
                PublishedAt = (DateTimeOffset?)row[a["published_at"]],
                Modified = (DateOnly?)row[a["modified"]],
                Authors = row[a["authors"]] as IReadOnlyList<string> ?? [],
                Language = (string?)row[a["language"]],
                Site = (string?)row[a["site"]],
                Description = (string?)row[a["description"]],
                Image = (string?)row[a["image"]],
                DatelinePlace = (string?)row[a["dateline_place"]],
                IngestedAt = (DateTimeOffset?)row[a["ingested_at"]],
                Entities = local,
                Quotes = [.. quotes.TakeFor(id).Select(q =>
                {
                    var speaker = q.Text("local_speaker") is { } s ? local.Find(e => e.LocalId == s)?.Name : null;
                    return new ExportedQuote(q.Long("start") ?? 0, q.Long("end") ?? 0, q.Text("text") ?? string.Empty, q.Text("kind") ?? string.Empty)
                    {
                        Cue = q.Text("cue"),
                        Speaker = speaker ?? q.Text("speaker_text"),
                        SpeakerKey = q.Long("speaker"),
                    };
                })],
                Times = [.. times.TakeFor(id).Select(t => new ExportedTime(t.Long("start") ?? 0, t.Text("text") ?? string.Empty, t.Text("type") ?? string.Empty, t.Text("value")))],
                Amounts = [.. amounts.TakeFor(id).Where(m => m.Double("value") is not null)
                    .Select(m => new ExportedAmount(m.Long("start") ?? 0, m.Text("text") ?? string.Empty, m.Double("value")!.Value) { Unit = m.Text("unit") })],
            };
        }
    }

    /// <summary>Column positions of a table by name.</summary>
    private sealed class Columns(ExportTable table)
    {
        private readonly Dictionary<string, int> _index = table.Columns.Select((c, i) => (c.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);

        public int this[string name] => _index.TryGetValue(name, out var i) ? i : throw new InvalidOperationException($"table {table.Name} has no column {name}");

        public int? Find(string name) => _index.TryGetValue(name, out var i) ? i : null;
    }

    /// <summary>A row of a layer table, read by column name; a column the table lacks reads as null.</summary>
    private readonly struct LayerRow(object?[] values, Columns columns)
    {
        public object? Value(string name) => columns.Find(name) is { } i ? values[i] : null;

        public string? Text(string name) => Value(name) as string;

        public long? Long(string name) => Value(name) is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : null;

        public double? Double(string name) => Value(name) is { } v ? Convert.ToDouble(v, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>One pass over a layer table's rows, handing out each article's rows in turn.</summary>
    private sealed class TableCursor : IDisposable
    {
        private readonly IEnumerator<object?[]>? _rows;
        private readonly Columns? _columns;
        private readonly int _article;
        private bool _hasRow;

        private TableCursor(ExportTable? table)
        {
            if (table is null)
            {
                return;
            }

            _columns = new Columns(table);
            _article = _columns["article"];
            _rows = table.ReadRows().GetEnumerator();
            _hasRow = _rows.MoveNext();
        }

        public static TableCursor Open(IReadOnlyList<ExportTable> tables, string name) => new(tables.FirstOrDefault(t => t.Name == name));

        /// <summary>The rows of article <paramref name="id"/>; rows of later articles wait for their turn.</summary>
        public List<LayerRow> TakeFor(string id)
        {
            var rows = new List<LayerRow>();
            while (_hasRow && _rows is not null && _columns is not null && (string?)_rows.Current[_article] == id)
            {
                rows.Add(new LayerRow(_rows.Current, _columns));
                _hasRow = _rows.MoveNext();
            }

            return rows;
        }

        public void Dispose() => _rows?.Dispose();
    }
}
