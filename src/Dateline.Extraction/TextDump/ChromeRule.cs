using Dateline.Core.Text;

namespace Dateline.Extraction.TextDump;

/// <summary>
/// One known chrome phrase: the reason it is dropped and the pattern that recognizes it (interpreted until a run has
/// used it often, then compiled: <see cref="TieredRegex"/>).
/// </summary>
public sealed record ChromeRule(string Reason, TieredRegex Pattern);
