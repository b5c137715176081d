namespace Dateline.Extraction.Input.Files;

/// <summary>What a directory entry is; only regular files can be pages.</summary>
internal enum FileKind
{
    Regular,
    Directory,
    Link,
    Pipe,
    Socket,
    Device,
    Other,
}
