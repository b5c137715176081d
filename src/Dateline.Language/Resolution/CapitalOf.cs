namespace Dateline.Language.Resolution;

/// <summary>A country a capital's name is the capital of and, when curated (Data/capital-aliases.txt), the capital's division.</summary>
internal sealed record CapitalOf(string CountryCode, string? Division);
