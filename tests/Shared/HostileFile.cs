namespace Dateline.Tests;

/// <summary>
/// A generated bad input: its name (a file or directory in the hostile folder), what is wrong with it, and how each of
/// the inputs it holds must end, in reading order (a JSON Lines or WARC file holds several; a directory's walk
/// several).
/// </summary>
public sealed record HostileFile(string Name, string What, IReadOnlyList<HostileOutcome> Expected)
{
    public HostileFile(string name, string what, HostileOutcome expected)
        : this(name, what, [expected])
    {
    }

    /// <summary>
    /// Whether an input's source (a path, <c>path:line</c>, <c>path#record@offset</c>, <c>path@end</c>, or a path under a
    /// directory) came from this file, given the folder the files were generated in.
    /// </summary>
    public bool Owns(string source, string folder)
    {
        var prefix = Path.TrimEndingDirectorySeparator(folder) + "/" + Name;
        return source.StartsWith(prefix, StringComparison.Ordinal)
               && (source.Length == prefix.Length || source[prefix.Length] is ':' or '#' or '@' or '/');
    }
}
