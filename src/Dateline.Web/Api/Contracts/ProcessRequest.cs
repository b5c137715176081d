namespace Dateline.Web.Api.Contracts;

/// <summary>A page to annotate without storing it: its HTML or its text (a text dump), and optionally where it came from.</summary>
public sealed record ProcessRequest(string? Html, string? Text)
{
    public string? Url { get; init; }

    public string? Title { get; init; }

    public string? Date { get; init; }
}
