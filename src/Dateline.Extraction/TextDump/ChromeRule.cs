using System.Text.RegularExpressions;

namespace Dateline.Extraction.TextDump;

/// <summary>One known chrome phrase: the reason it is dropped and the pattern that recognizes it.</summary>
public sealed record ChromeRule(string Reason, Regex Pattern);
