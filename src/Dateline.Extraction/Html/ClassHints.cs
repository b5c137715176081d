using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Dateline.Core.Text;
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
    private readonly string[] _removeGroups;
    private readonly TieredRegex _anyRemove;
    private readonly TieredRegex _positive;
    private readonly TieredRegex _negative;
    private readonly TieredRegex _keep;
    private readonly TieredRegex? _lead;

    public ClassHints(string rules)
    {
        _known = new BoundedMemo<NameHints>(Compute, MaxRemembered);
        _knownLists = new BoundedMemo<NameHints>(ComputeList, MaxRemembered);
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
                "lead" => HintKind.Lead,
                _ => throw new FormatException($"unknown class hint kind {parts[0]}"),
            };
            hints.Add(new ClassHint(kind, parts[1] == "-" ? null : parts[1], new Regex(parts[2], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)));
        }

        _remove = [.. hints.Where(h => h.Kind == HintKind.Remove)];
        _removeGroups = [.. _remove.Select((_, i) => $"r{i}")];

        // One pass over a class name finds which removal rule matched: each rule is a numbered group.
        _anyRemove = ExtractionPatterns.Tiered(string.Join('|', _remove.Select((h, i) => $"(?<r{i}>{h.Pattern})")), Options);
        _positive = Combine(hints.Where(h => h.Kind == HintKind.Positive));
        _negative = Combine(hints.Where(h => h.Kind is HintKind.Negative or HintKind.Remove));
        _keep = Combine(hints.Where(h => h.Kind == HintKind.Keep));
        _lead = hints.Any(h => h.Kind == HintKind.Lead) ? Combine(hints.Where(h => h.Kind == HintKind.Lead)) : null;
    }

    public static ClassHints Default => DefaultHints.Value;

    /// <summary>The removal reason when a class name or the id of the element marks it as chrome, else null.</summary>
    public string? RemovalReason(IElement element)
    {
        var (id, classes) = Of(element);
        if (id.Keep || classes.Keep)
        {
            return null;
        }

        // The id is read before the class names.
        var rule = id.RemoveRule >= 0 ? id.RemoveRule : classes.RemoveRule;
        return rule >= 0 ? _remove[rule].Reason : null;
    }

    /// <summary>+1 per positive, -1 per negative look of the class names and id, clamped to [-1, 1].</summary>
    public int Weight(IElement element)
    {
        var (id, classes) = Of(element);
        return (id.Positive || classes.Positive ? 1 : 0) - (id.Negative || classes.Negative ? 1 : 0);
    }

    public bool IsPositive(IElement element)
    {
        var (id, classes) = Of(element);
        return id.Positive || classes.Positive;
    }

    /// <summary>Whether a class name or the id marks the element as the standfirst (lead, intro, excerpt).</summary>
    public bool IsLead(IElement element)
    {
        var (id, classes) = Of(element);
        return id.Lead || classes.Lead;
    }

    // What the rules say of an id and of a class attribute (all its names). Pages and sites reuse a small vocabulary of
    // class names and class lists, so the answers are kept (the memo of a pure function, bounded) instead of splitting
    // the attribute and running the rules per name per element per question (the split copies were a share of
    // extract's GC, bench/README.md).
    private const int MaxRemembered = 100_000;
    private readonly BoundedMemo<NameHints> _known;
    private readonly BoundedMemo<NameHints> _knownLists;

    private (NameHints Id, NameHints Classes) Of(IElement element)
    {
        var id = element.Id;
        var classes = element.GetAttribute("class");
        return (string.IsNullOrEmpty(id) ? NameHints.None : _known[id], string.IsNullOrEmpty(classes) ? NameHints.None : _knownLists[classes]);
    }

    private NameHints Compute(string name)
    {
        int rule = -1;
        var match = _anyRemove.Match(name);
        if (match.Success)
        {
            for (var i = 0; i < _remove.Length; i++)
            {
                if (match.Groups[_removeGroups[i]].Success)
                {
                    rule = i;
                    break;
                }
            }
        }

        return new NameHints(_keep.IsMatch(name), rule, _positive.IsMatch(name), _negative.IsMatch(name), _lead?.IsMatch(name) ?? false);
    }

    /// <summary>The hints of a class attribute's names together; the removal rule is the first name's that has one.</summary>
    private NameHints ComputeList(string classes)
    {
        var all = NameHints.None;
        foreach (var name in classes.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var one = _known[name];
            all = new NameHints(
                all.Keep || one.Keep,
                all.RemoveRule >= 0 ? all.RemoveRule : one.RemoveRule,
                all.Positive || one.Positive,
                all.Negative || one.Negative,
                all.Lead || one.Lead);
        }

        return all;
    }

    private readonly record struct NameHints(bool Keep, int RemoveRule, bool Positive, bool Negative, bool Lead)
    {
        public static readonly NameHints None = new(false, -1, false, false, false);
    }

    private static readonly char[] Separators = [' ', '\t', '\n', '\r'];

    // Interpreted at first, compiled once a run has used them (ExtractionPatterns).
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static TieredRegex Combine(IEnumerable<ClassHint> hints)
        => ExtractionPatterns.Tiered(string.Join('|', hints.Select(h => $"(?:{h.Pattern})")), Options);
}
