namespace Dateline.Core.Pipeline;

/// <summary>Stable error codes of the output contract.</summary>
public static class ErrorKinds
{
    public const string Unreadable = "unreadable";
    public const string NotFound = "not-found";
    public const string Empty = "empty";
    public const string Binary = "binary";
    public const string Truncated = "truncated";
    public const string Encoding = "encoding";
    public const string Oversize = "oversize";
    public const string Malformed = "malformed";
    public const string Timeout = "timeout";
    public const string ComponentFailure = "component-failure";

    /// <summary>A named pipe, socket or device where a file was expected: never opened.</summary>
    public const string NotAFile = "not-a-file";

    /// <summary>The page was read, but nothing of it was article text; the message lists what was removed.</summary>
    public const string EmptyAfterCleaning = "empty-after-cleaning";

    /// <summary>A queue's work unit given up after its last allowed delivery; the message is its last error (docs/queue.md).</summary>
    public const string DeadLetter = "dead-letter";
}
