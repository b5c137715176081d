using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Html;

/// <summary>
/// Class and id hints (Data/html-class-hints.txt): which containers look like article body, which like chrome, and
/// which are dropped outright. Immutable once loaded; <see cref="Default"/> is shared by every thread.
/// </summary>
public sealed class ClassHints
{
    private static readonly Lazy<ClassHints> DefaultHints = new(() => new ClassHints(ChromeLexicon.ReadResource("html-class-hints.txt")));

    private readonly ClassHint[] _remove;
    private readonly Regex _anyRemove;
    private readonly Regex _positive;
    private readonly Regex _negative;
    private readonly Regex _keep;

    public ClassHints(string rules)
    {
        var hints = new List<ClassHint>();
        foreach (var line in rules.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                throw new FormatException($"class hint needs kind, reason and pattern separated by tabs: {line}");
            }

            var kind = parts[0] switch
            {
                "remove" => HintKind.Remove,
                "positive" => HintKind.Positive,
                "negative" => HintKind.Negative,
                "keep" => HintKind.Keep,
                _ => throw new FormatException($"unknown class hint kind {parts[0]}"),
            };
            hints.Add(new ClassHint(kind, parts[1] == "-" ? null : parts[1], new Regex(parts[2], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)));
        }

        _remove = [.. hints.Where(h => h.Kind == HintKind.Remove)];

        // One pass over a class name finds which removal rule matched: each rule is a numbered group.
        _anyRemove = new Regex(string.Join('|', _remove.Select((h, i) => $"(?<r{i}>{h.Pattern})")), Options);
        _positive = Combine(hints.Where(h => h.Kind == HintKind.Positive));
        _negative = Combine(hints.Where(h => h.Kind is HintKind.Negative or HintKind.Remove));
        _keep = Combine(hints.Where(h => h.Kind == HintKind.Keep));
    }

    public static ClassHints Default => DefaultHints.Value;

    /// <summary>The removal reason when a class name or the id of the element marks it as chrome, else null.</summary>
    public string? RemovalReason(IElement element)
    {
        var names = Names(element);
        if (names.Any(_keep.IsMatch))
        {
            return null;
        }

        foreach (var name in names)
        {
            var match = _anyRemove.Match(name);
            if (match.Success)
            {
                for (var i = 0; i < _remove.Length; i++)
                {
                    if (match.Groups[$"r{i}"].Success)
                    {
                        return _remove[i].Reason;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>+1 per positive, -1 per negative look of the class names and id, clamped to [-1, 1].</summary>
    public int Weight(IElement element)
    {
        int positive = 0, negative = 0;
        foreach (var name in Names(element))
        {
            if (_positive.IsMatch(name))
            {
                positive = 1;
            }

            if (_negative.IsMatch(name))
            {
                negative = 1;
            }
        }

        return positive - negative;
    }

    public bool IsPositive(IElement element) => Names(element).Any(_positive.IsMatch);

    private static readonly char[] Separators = [' ', '\t', '\n', '\r'];

    /// <summary>The id and the class names of an element.</summary>
    private static string[] Names(IElement element)
    {
        var id = element.Id;
        var classes = element.GetAttribute("class");
        if (string.IsNullOrEmpty(classes))
        {
            return string.IsNullOrEmpty(id) ? [] : [id];
        }

        var names = classes.Split(Separators, StringSplitOptions.RemoveEmptyEntries);
        return string.IsNullOrEmpty(id) ? names : [id, .. names];
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    private static Regex Combine(IEnumerable<ClassHint> hints)
        => new(string.Join('|', hints.Select(h => $"(?:{h.Pattern})")), Options);
}
