using Dateline.Core.Text;

namespace Dateline.Extraction.TextDump;

/// <summary>
/// One known chrome phrase: the reason it is dropped and the pattern that recognizes it (interpreted until a run has
/// used it often, then compiled: <see cref="TieredRegex"/>). A <paramref name="Cue"/> rule names words that are chrome
/// in a label or a prompt (a photo credit "Name/Agency", "sign up for … updates") but words of the story inside a full
/// sentence of running prose ("The latest Reuters/Ipsos poll showed …"): its hit there does not count
/// (<see cref="RunningProse"/>).
/// </summary>
public sealed record ChromeRule(string Reason, TieredRegex Pattern, bool Cue = false);
