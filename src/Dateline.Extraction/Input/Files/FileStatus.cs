namespace Dateline.Extraction.Input.Files;

/// <summary>A file's kind, identity (device and inode) and size.</summary>
internal readonly record struct FileStatus(FileKind Type, ulong Device, ulong Inode, long Size);
