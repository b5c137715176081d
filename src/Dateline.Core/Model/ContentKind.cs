namespace Dateline.Core.Model;

/// <summary>What the raw bytes turned out to be, told from content rather than file extension.</summary>
public enum ContentKind
{
    Unknown,
    Text,
    Html,
}
