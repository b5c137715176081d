using System.Text.RegularExpressions;

namespace Dateline.Extraction.Html;

/// <summary>One class/id rule of Data/html-class-hints.txt.</summary>
public sealed record ClassHint(HintKind Kind, string? Reason, Regex Pattern);
