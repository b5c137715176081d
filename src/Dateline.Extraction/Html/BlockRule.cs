using System.Text.RegularExpressions;

namespace Dateline.Extraction.Html;

/// <summary>One rule of Data/html-block-phrases.txt: whether it applies to the body's tail only, its reason and pattern.</summary>
public sealed record BlockRule(bool TailOnly, string Reason, Regex Pattern);
