using System.Globalization;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Store.Search;

namespace Dateline.Web.Browse;

/// <summary>Reads query parameters given as strings and collects what is wrong with them, so a bad request gets one clear 400 listing every problem.</summary>
public sealed class ParameterErrors
{
    public const int MaxTextLength = 500;

    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IDictionary<string, string[]> ToDictionary() => new Dictionary<string, string[]>(_errors, StringComparer.Ordinal);

    public void Add(string name, string message) => _errors[name] = _errors.TryGetValue(name, out var existing) ? [.. existing, message] : [message];

    /// <summary>Trimmed text, null when empty; too long is an error.</summary>
    public string? Text(string name, string? value, int maxLength = MaxTextLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            Add(name, $"'{name}' is {value.Length} characters long; at most {maxLength} are allowed.");
            return null;
        }

        return value.Trim();
    }

    public int Int(string name, string? value, int defaultValue, int min, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return defaultValue;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            Add(name, $"'{name}' must be a whole number from {min} to {max}.");
            return defaultValue;
        }

        return n;
    }

    /// <summary>A collection-wide entity key; blank is none (no error).</summary>
    public long? Id(string name, string? value)
        => Id(name, value, "entity", "as /api/search facets or /api/articles entities give", required: false);

    /// <summary>
    /// A positive whole-number key of a <paramref name="kind"/> (entity, thread), or null with an error naming where such
    /// keys are found (<paramref name="source"/>); blank is an error only when <paramref name="required"/>.
    /// </summary>
    public long? Id(string name, string? value, string kind, string source, bool required)
    {
        if (!required && string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (!long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
        {
            Add(name, $"'{name}' must be a positive {kind} id ({source}).");
            return null;
        }

        return id;
    }

    public bool Bool(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        if (bool.TryParse(value, out var b))
        {
            return b;
        }

        Add(name, $"'{name}' must be true or false.");
        return false;
    }

    /// <summary>A date bound: yyyy, yyyy-MM or yyyy-MM-dd, and a real date.</summary>
    public string? Date(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var v = value.Trim();
        if (!DateBounds.IsValid(v))
        {
            Add(name, $"'{name}' must be a date as yyyy, yyyy-MM or yyyy-MM-dd (got '{Shorten(v)}').");
            return null;
        }

        return v;
    }

    /// <summary>A from/to pair in order, compared at the coarser precision: from 2024-01-15 to 2024-01 (all of January) is valid.</summary>
    public void Range(string? from, string? to)
    {
        if (from is not null && to is not null && string.CompareOrdinal(from[..Math.Min(to.Length, from.Length)], to[..Math.Min(to.Length, from.Length)]) > 0)
        {
            Add("from", $"'from' ({from}) is after 'to' ({to}).");
        }
    }

    /// <summary>An entity type of the output contract (PERSON, ORG, GPE, LOC, NORP, MISC), any case.</summary>
    public string? EntityType(string name, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var label = EntityLabels.TryParse(value.Trim().ToUpperInvariant());
        if (label is null)
        {
            Add(name, $"'{name}' must be one of {string.Join(", ", EntityLabels.All.Select(l => l.Code()))} (got '{Shorten(value.Trim())}').");
            return null;
        }

        return label.Value.Code();
    }

    /// <summary>One of a closed list of codes (a stored layer's vocabulary), any case; given back as the list spells it.</summary>
    public string? Code(string name, string? value, IReadOnlyList<string> codes)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var found = codes.FirstOrDefault(c => string.Equals(c, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (found is null)
        {
            Add(name, codes.Count == 0
                ? $"'{name}' cannot be used: this store keeps no such layer."
                : $"'{name}' must be one of {string.Join(", ", codes)} (got '{Shorten(value.Trim())}').");
        }

        return found;
    }

    public T Choice<T>(string name, string? value, T defaultValue)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return defaultValue;
        }

        if (Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !value.Trim().All(char.IsDigit))
        {
            return parsed;
        }

        Add(name, $"'{name}' must be one of {string.Join(", ", Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))} (got '{Shorten(value.Trim())}').");
        return defaultValue;
    }

    private static string Shorten(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
