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
}
