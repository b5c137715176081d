namespace Dateline.Extraction.Input;

/// <summary>How <see cref="CollectionReader"/> takes a file, told by its name.</summary>
internal enum ContainerKind
{
    /// <summary>One page, read whole.</summary>
    Page,

    /// <summary>A page a line.</summary>
    JsonLines,

    /// <summary>A page per HTML response or resource record.</summary>
    Warc,
}
