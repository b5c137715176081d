namespace Dateline.Language.Resolution;

/// <summary>Thresholds of <see cref="EntityResolver"/>.</summary>
public sealed record ResolutionOptions
{
    /// <summary>Most words a role phrase before a name may have ("U.N. Special Envoy to Libya" has 5).</summary>
    public int MaxRoleWords { get; init; } = 8;

    /// <summary>Sentences before a description within which the person it refers to is looked for first.</summary>
    public int DescriptionWindowSentences { get; init; } = 12;
}
