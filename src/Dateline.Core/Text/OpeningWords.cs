namespace Dateline.Core.Text;

/// <summary>
/// The runs of ASCII letters a rule's matches open at, for <see cref="RuleScanner"/>: in a text without a character the
/// engine folds to an ASCII letter, every match that opens with an ASCII letter opens at a maximal run of ASCII letters
/// equal to one of <paramref name="Words"/> or starting with one of <paramref name="Prefixes"/>, ignoring case.
/// </summary>
/// <param name="Words">Words of ASCII letters: a match may open at a run equal to one.</param>
/// <param name="Prefixes">Words of ASCII letters: a match may open at a run that starts with one (a pattern word not followed by a word boundary).</param>
/// <param name="Elsewhere">Whether a match may also open with a character other than an ASCII letter (tried there by position).</param>
public sealed record OpeningWords(IReadOnlyCollection<string> Words, IReadOnlyCollection<string>? Prefixes = null, bool Elsewhere = false);
