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

    /// <summary>
    /// The part of a title or of a run-on site name that names the site's host: "Dalloz Actualité" of "Libre cours : … -
    /// Avocat | Dalloz Actualité" on dalloz-actualite.fr, "MIXED.de" of "News zu VR, AR und KI | MIXED.de", "MLUK" of "… |
    /// MLUK" on mluk.brandenburg.de. The last part is tried first, then the first, then the others; a part of more
    /// than <see cref="MaxNameWords"/> words is a headline or a slogan, not an outlet's name.
    /// </summary>
    public string? HostNamedPart(string? text)
    {
        if (text is null || Host is null)
        {
            return null;
        }

        var parts = TitleCleaner.Separator().Split(text);
        if (parts.Length < 2)
        {
            return null;
        }

        var labels = Host.ToLowerInvariant().Split('.', StringSplitOptions.RemoveEmptyEntries);
        foreach (var i in PartOrder(parts.Length))
        {
            // "mediaarchitecture.de //": a separator at the very end is left on the part.
            var part = parts[i].Trim().TrimEnd(PartEnds).TrimEnd();
            // A comma lists things ("eBay-Templates, JTL-Wawi"): a slogan's, not a name's.
            if (part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxNameWords && !part.Contains(',', StringComparison.Ordinal)
                && NamesHost(part, labels))
            {
                return part;
            }
        }

        return null;
    }

    /// <summary>
    /// Outlets' names in titles run to four words ("WEISSER RING e. V.", "Spektrum der Wissenschaft"); the audit of 120
    /// web-dev pages (docs/evaluation.md, "Metadata on outlets nobody here has seen") found none longer.
    /// </summary>
    public const int MaxNameWords = 5;

    private static readonly char[] PartEnds = ['|', '-', '–', '—', '·', '»', ':', '/', '\\', '•', '⋆'];

    private static IEnumerable<int> PartOrder(int count)
    {
        yield return count - 1;
        yield return 0;
        for (var i = 1; i < count - 1; i++)
        {
            yield return i;
        }
    }

    // The registrable label (the one before the top-level domain) may open a longer name ("spektrum" of "Spektrum der
    // Wissenschaft", "mactechnews" of "MacTechNews.de"); a subdomain's label must be the whole name ("mluk").
    private static bool NamesHost(string part, string[] labels)
    {
        var compact = Compact(part);
        if (compact.StartsWith("www", StringComparison.Ordinal) && part.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
        {
            compact = compact[3..];
        }

        if (compact.Length < 3 || labels.Length < 2)
        {
            return false;
        }

        var registrable = Compact(labels[^2]);
        if (compact == registrable || (registrable.Length >= 4 && compact.StartsWith(registrable, StringComparison.Ordinal)))
        {
            return true;
        }

        for (var i = 0; i < labels.Length - 2; i++)
        {
            var label = Compact(labels[i]);
            if (label.Length >= 3 && !label.StartsWith("www", StringComparison.Ordinal) && compact == label)
            {
                return true;
            }
        }

        return false;
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
