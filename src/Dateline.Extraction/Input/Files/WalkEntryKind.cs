namespace Dateline.Extraction.Input.Files;

/// <summary>What the walk of a directory found at one place.</summary>
public enum WalkEntryKind
{
    /// <summary>A regular file to read: a page, JSON Lines or WARC.</summary>
    File,

    /// <summary>Passed over, with the reason (hidden, not a page, already read through a link).</summary>
    Skipped,

    /// <summary>A named pipe, socket or device: not a file, never opened.</summary>
    NotAFile,

    /// <summary>A link to nothing, or a directory that cannot be listed.</summary>
    Unreadable,
}
