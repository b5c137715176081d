namespace Dateline.Core.Layers;

/// <summary>
/// What a component reads or makes, so that a pipeline in the wrong order fails when it is built: one of the
/// document's own parts (<see cref="Content"/>, <see cref="Text"/>, <see cref="Metadata"/>) or an annotation
/// <see cref="Layer"/>. Capabilities are compared by name.
/// </summary>
public class Capability : IEquatable<Capability>
{
    protected Capability(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
    }

    /// <summary>The decoded page (characters and content kind).</summary>
    public static Capability Content { get; } = new("content");

    /// <summary>The clean article text that every layer's spans index into.</summary>
    public static Capability Text { get; } = new("text");

    /// <summary>Title, dates, authors, dateline and the rest of <see cref="Model.ArticleMetadata"/>.</summary>
    public static Capability Metadata { get; } = new("metadata");

    /// <summary>Stable name, used in errors and as the layer's JSON property.</summary>
    public string Name { get; }

    public bool Equals(Capability? other) => other is not null && other.Name == Name;

    public override bool Equals(object? obj) => Equals(obj as Capability);

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Name;
}
