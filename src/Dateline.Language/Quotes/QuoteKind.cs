namespace Dateline.Language.Quotes;

/// <summary>direct = a whole quoted sentence, mixed = a quoted fragment inside reported speech, indirect = reported speech without marks.</summary>
public enum QuoteKind
{
    Direct,
    Mixed,
    Indirect,
}
