namespace Dateline.Core.Layers;

/// <summary>
/// Where a store keeps a layer: one row per record, keyed by the article and the record's position in the layer,
/// with the columns the layer names. Every store builds the table from this description.
/// </summary>
public sealed record StoredTable
{
    public StoredTable(string name, params StoredColumn[] columns)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_') || !char.IsAsciiLetterLower(name[0]))
        {
            throw new ArgumentException($"table name '{name}' must be lower-case letters, digits and '_'", nameof(name));
        }

        var fields = columns.SelectMany(c => c.Fields).Select(f => f.Name).ToList();
        if (fields.Any(f => f.Length == 0 || !f.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '_')))
        {
            throw new ArgumentException($"table {name}: column names must be lower-case letters, digits and '_'", nameof(columns));
        }

        var clash = fields.Concat(Reserved).GroupBy(f => f, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (clash is not null)
        {
            throw new ArgumentException($"table {name}: the field '{clash.Key}' is named twice (or is reserved: {string.Join(", ", Reserved)})", nameof(columns));
        }

        Name = name;
        Columns = columns;
    }

    /// <summary>Fields every layer table has before its own: the article and the record's position in the layer.</summary>
    public static IReadOnlyList<string> Reserved { get; } = ["article", "position"];

    public string Name { get; }

    public IReadOnlyList<StoredColumn> Columns { get; }
}
