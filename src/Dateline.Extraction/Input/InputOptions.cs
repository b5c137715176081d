namespace Dateline.Extraction.Input;

/// <summary>Limits for reading inputs.</summary>
public sealed record InputOptions
{
    public static InputOptions Default { get; } = new();

    /// <summary>Largest page accepted, after decompression; larger inputs fail as oversize instead of exhausting memory.</summary>
    public long MaxPageBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>File name endings taken when walking a directory (explicitly named files are always taken).</summary>
    public IReadOnlyList<string> DirectoryExtensions { get; init; } = [".txt", ".html", ".htm", ".xhtml", ".txt.gz", ".html.gz", ".htm.gz", ".xhtml.gz"];
}
