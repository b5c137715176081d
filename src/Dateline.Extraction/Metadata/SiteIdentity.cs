namespace Dateline.Extraction.Metadata;

/// <summary>
/// What a page says about the site it belongs to: its name (og:site_name and the like), its publisher and its host.
/// Tells whether a piece of text is the site's name, which the page then puts in titles ("Headline | Site") and
/// author fields ("By A, B, Site") where it is no part of the headline and no person.
/// </summary>
public sealed record SiteIdentity(string? Name, string? Publisher, string? Host)
{
    public static SiteIdentity None { get; } = new(null, null, null);

    private string? BareHost => Host is null ? null : Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? Host[4..] : Host;

    /// <summary>True when the text is the site's name, its publisher, or its host ("Herr Pfleger" on herrpfleger.de, "MDR.DE").</summary>
    public bool Names(string text)
    {
        var p = text.Trim();
        var compact = Compact(p);
        if (compact.Length == 0)
        {
            return false;
        }

        foreach (var name in (ReadOnlySpan<string?>)[Name, Publisher])
        {
            if (name is null)
            {
                continue;
            }

            // A part of the site's name counts too ("Example" of "The Example Times").
            if (Compact(name) == compact || (compact.Length >= 3 && name.Contains(p, StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return BareHost is { } host && compact.Length >= 3 && Compact(host).StartsWith(compact, StringComparison.Ordinal);
    }

    /// <summary>True when the text is the whole site name or the host's name ("PhillyVoice" on phillyvoice.com), not only a part of them.</summary>
    public bool IsExactly(string text)
    {
        var compact = Compact(text);
        if (compact.Length < 3)
        {
            return false;
        }

        if (IsExactlyNamed(text))
        {
            return true;
        }

        var host = BareHost;
        var dot = host?.LastIndexOf('.') ?? -1;
        return host is not null && dot > 0 && Compact(host[..dot]) == compact;
    }

    /// <summary>True when the text is the site's whole name or its publisher's (not its host: "Lemire" of lemire.me is a person).</summary>
    public bool IsExactlyNamed(string text)
    {
        var compact = Compact(text);
        return compact.Length >= 3 && ((Name is not null && Compact(Name) == compact) || (Publisher is not null && Compact(Publisher) == compact));
    }

    /// <summary>True when the text mentions the site's host as a domain ("Deutsche Welle (www.dw.com)", "hessenschau.de, Frankfurt").</summary>
    public bool MentionsHost(string text)
    {
        return BareHost is { } host && host.Contains('.', StringComparison.Ordinal) && text.Contains(host, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Letters and digits only, lower case: "HR Innovation", "hr-innovation" and "HRInnovation" are one name.</summary>
    internal static string Compact(string text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return new string(buffer[..n]);
    }
}
