using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Dateline.Core.Text;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Html.Comments;

/// <summary>
/// The markup of comment sections (Data/comment-markup.txt): which class names, ids, itemprop and itemtype values
/// make an element a section, a comment, its text, author, name, date, or something to skip. Immutable once loaded.
/// </summary>
public sealed class CommentMarkup
{
    private static readonly Lazy<CommentMarkup> DefaultMarkup = new(() => new CommentMarkup(ChromeLexicon.ReadResource("comment-markup.txt")));

    private static readonly char[] Separators = [' ', '\t', '\n', '\r', '\f'];

    // Per role, one pattern per attribute kind (null when the data names none).
    private readonly Dictionary<CommentRole, TieredRegex> _class = [];
    private readonly Dictionary<CommentRole, TieredRegex> _itemprop = [];
    private readonly Dictionary<CommentRole, TieredRegex> _itemtype = [];

    public CommentMarkup(string rules)
    {
        _rolesOfName = new BoundedMemo<int>(RolesOfName, MaxRemembered);
        _rolesOfClasses = new BoundedMemo<int>(RolesOfNames, MaxRemembered);
        _rolesOfItemprop = new BoundedMemo<int>(value => RolesOfValues(_itemprop, value), MaxRemembered);
        _rolesOfItemtype = new BoundedMemo<int>(value => RolesOfValues(_itemtype, value), MaxRemembered);
        var found = new Dictionary<(CommentRole, string), List<string>>();
        foreach (var line in rules.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split('\t');
            if (parts.Length != 3)
            {
                throw new FormatException($"comment markup needs role, attribute and pattern separated by tabs: {line}");
            }

            if (!Enum.TryParse<CommentRole>(parts[0], ignoreCase: true, out var role))
            {
                throw new FormatException($"unknown comment markup role {parts[0]}");
            }

            if (parts[1] is not ("class" or "itemprop" or "itemtype"))
            {
                throw new FormatException($"unknown comment markup attribute {parts[1]}");
            }

            var key = (role, parts[1]);
            if (!found.TryGetValue(key, out var list))
            {
                found[key] = list = [];
            }

            list.Add(parts[2]);
        }

        foreach (var ((role, attribute), patterns) in found)
        {
            // Interpreted at first, compiled once a run has used them (ExtractionPatterns).
            var regex = ExtractionPatterns.Tiered($"^(?:{string.Join('|', patterns.Select(p => $"(?:{p})"))})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            var target = attribute switch { "class" => _class, "itemprop" => _itemprop, _ => _itemtype };
            target[role] = regex;
        }
    }

    public static CommentMarkup Default => DefaultMarkup.Value;

    // The roles an id or a class attribute (all its names) marks, as bits of CommentRole: pages reuse a small vocabulary
    // of names and class lists, so the answers are kept (bounded) instead of splitting the attribute and running a
    // role's pattern per name per element per question (the split copies were a share of extract's GC, bench/README.md).
    private const int MaxRemembered = 100_000;
    private readonly BoundedMemo<int> _rolesOfName;
    private readonly BoundedMemo<int> _rolesOfClasses;
    private readonly BoundedMemo<int> _rolesOfItemprop;
    private readonly BoundedMemo<int> _rolesOfItemtype;

    /// <summary>The roles one name marks.</summary>
    private int RolesOfName(string name)
    {
        int bits = 0;
        foreach (var (role, regex) in _class)
        {
            if (regex.IsMatch(name))
            {
                bits |= 1 << (int)role;
            }
        }

        return bits;
    }

    /// <summary>The roles any of the whitespace-separated names of a class attribute marks.</summary>
    private int RolesOfNames(string names)
    {
        int bits = 0;
        foreach (var name in names.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            bits |= _rolesOfName[name];
        }

        return bits;
    }

    /// <summary>Whether the element's class names, id, itemprop or itemtype mark it as <paramref name="role"/>.</summary>
    public bool Is(IElement element, CommentRole role) => Has(Roles(element), role);

    /// <summary>Whether <paramref name="roles"/> (from <see cref="Roles"/>) holds <paramref name="role"/>.</summary>
    public static bool Has(int roles, CommentRole role) => (roles & (1 << (int)role)) != 0;

    /// <summary>
    /// Every role the element's class names, id, itemprop and itemtype mark, as bits of <see cref="CommentRole"/>: read
    /// once per element where several roles are asked (a walk asked three, each reading the four attributes).
    /// </summary>
    public int Roles(IElement element)
    {
        int bits = 0;
        if (element.Id is { Length: > 0 } id)
        {
            bits |= _rolesOfName[id];
        }

        if (element.GetAttribute("class") is { Length: > 0 } classes)
        {
            bits |= _rolesOfClasses[classes];
        }

        if (_itemprop.Count > 0 && element.GetAttribute("itemprop") is { } itemprop && !string.IsNullOrWhiteSpace(itemprop))
        {
            bits |= _rolesOfItemprop[itemprop];
        }

        if (_itemtype.Count > 0 && element.GetAttribute("itemtype") is { } itemtype && !string.IsNullOrWhiteSpace(itemtype))
        {
            bits |= _rolesOfItemtype[itemtype];
        }

        return bits;
    }

    /// <summary>The roles any of the listed values of an itemprop or itemtype attribute marks (they may list several).</summary>
    private static int RolesOfValues(Dictionary<CommentRole, TieredRegex> patterns, string value)
    {
        int bits = 0;
        foreach (var part in value.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var (role, regex) in patterns)
            {
                if (regex.IsMatch(part))
                {
                    bits |= 1 << (int)role;
                }
            }
        }

        return bits;
    }
}
