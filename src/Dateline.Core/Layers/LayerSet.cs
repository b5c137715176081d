using System.Collections;

namespace Dateline.Core.Layers;

/// <summary>
/// The registered layers, in the order they were registered (which is the order of their JSON properties and of
/// the article page's panels). Names, record types and table names are unique. Immutable.
/// </summary>
public sealed class LayerSet : IReadOnlyList<Layer>
{
    private readonly Layer[] _layers;

    public LayerSet(IEnumerable<Layer> layers)
    {
        _layers = [.. layers];
        Check(_layers.GroupBy(l => l.Name, StringComparer.Ordinal), "name");
        Check(_layers.GroupBy(l => l.RecordType.FullName ?? l.RecordType.Name, StringComparer.Ordinal), "record type");
        Check(_layers.Where(l => l.Table is not null).GroupBy(l => l.Table!.Name, StringComparer.Ordinal), "table");
    }

    public static LayerSet Empty { get; } = new([]);

    public int Count => _layers.Length;

    /// <summary>The layers the article JSON carries, in order.</summary>
    public IEnumerable<Layer> InJson => _layers.Where(l => l.IsInJson);

    /// <summary>The layers a store keeps, in order.</summary>
    public IEnumerable<Layer> Stored => _layers.Where(l => l.Table is not null);

    public Layer this[int index] => _layers[index];

    public Layer? Find(string name) => Array.Find(_layers, l => l.Name == name);

    public bool Contains(Layer layer) => Find(layer.Name) is not null;

    /// <summary>This set and, after it, the layers of <paramref name="more"/> it does not have yet.</summary>
    public LayerSet With(IEnumerable<Layer> more) => new(_layers.Concat(more.Where(m => !Contains(m))));

    public IEnumerator<Layer> GetEnumerator() => ((IEnumerable<Layer>)_layers).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _layers.GetEnumerator();

    public override string ToString() => string.Join(", ", _layers.Select(l => l.Name));

    private static void Check(IEnumerable<IGrouping<string, Layer>> groups, string what)
    {
        if (groups.FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            throw new ArgumentException($"two layers share the {what} '{twice.Key}': {string.Join(", ", twice.Select(l => l.GetType().Name))}");
        }
    }
}
