namespace Dateline.Web.Api.Contracts;

/// <summary>A page to annotate without storing it: its HTML or its text (a text dump), and optionally where it came from.</summary>
/// <param name="Html">The page's HTML (give this or text).</param>
/// <param name="Text">The page as text, such as a text dump with site chrome (give this or html).</param>
public sealed record ProcessRequest(string? Html, string? Text)
{
    /// <summary>The page's URL, at most 2048 characters.</summary>
    public string? Url { get; init; }

    /// <summary>The headline, when known (at most 1000 characters).</summary>
    public string? Title { get; init; }

    /// <summary>The publication date, yyyy-MM-dd (a date-time is cut to its date for checking).</summary>
    public string? Date { get; init; }
}
