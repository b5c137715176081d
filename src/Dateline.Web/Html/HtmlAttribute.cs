namespace Dateline.Web.Html;

/// <summary>An attribute to write; a null value leaves it out.</summary>
public readonly record struct HtmlAttribute(string Name, string? Value);
