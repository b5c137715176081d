using System.Text.RegularExpressions;
using Dateline.Core.Model;

namespace Dateline.Extraction.Decoding;

/// <summary>Tells HTML from a text dump by content: markup at the start, or many tags of known HTML elements.</summary>
public static partial class ContentSniffer
{
    private const int SniffChars = 16384;

    public static ContentKind Sniff(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, SniffChars)).TrimStart();
        if (head.IsEmpty)
        {
            return ContentKind.Text;
        }

        // The patterns read the span itself: a copy of the first 16,384 characters per page was a tenth of what
        // decoding allocates (bench/README.md, "Extraction, issue 20 session").
        if (head[0] == '<' && StartsLikeHtml().IsMatch(head))
        {
            return ContentKind.Html;
        }

        // A dump can quote a tag or two; a page has dozens.
        return KnownTag().Count(head) >= 8 ? ContentKind.Html : ContentKind.Text;
    }

    [GeneratedRegex(@"^<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|!--|\?xml|meta[\s>]|title[\s>]|div[\s>]|p[\s>]|article[\s>]|table[\s>]|script[\s>]|link[\s>]|style[\s>])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StartsLikeHtml();

    [GeneratedRegex(@"</?(html|head|body|div|p|span|a|script|meta|link|table|tr|td|li|ul|article|section|br|img|h[1-6])[\s>/]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KnownTag();
}
