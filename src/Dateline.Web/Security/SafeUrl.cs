namespace Dateline.Web.Security;

/// <summary>Which URLs taken from pages may become links: absolute http(s) only, without credentials; anything else is shown as text.</summary>
public static class SafeUrl
{
    public static Uri? Http(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || url.Length > 2048)
        {
            return null;
        }

        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        return (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.UserInfo.Length == 0 && uri.Host.Length > 0 ? uri : null;
    }
}
