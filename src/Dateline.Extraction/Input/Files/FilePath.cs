using System.Text;

namespace Dateline.Extraction.Input.Files;

/// <summary>
/// A path as the system knows it (raw bytes: a file name need not be UTF-8) and as messages and ids show it (the bytes
/// that are not UTF-8 written as \xNN).
/// </summary>
public sealed class FilePath
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private FilePath(byte[] raw, string text)
    {
        Raw = raw;
        Text = text;
    }

    public byte[] Raw { get; }

    public string Text { get; }

    public static FilePath FromText(string path) => new(Encoding.UTF8.GetBytes(path), path);

    /// <summary>
    /// A path as a user gives it: as written, or, when that names nothing and the path holds \xNN escapes (the form
    /// messages show a name that is not UTF-8 in), the bytes they stand for; so a name copied from a message opens.
    /// </summary>
    public static FilePath FromArgument(string path)
    {
        var written = FromText(path);
        if (!path.Contains("\\x", StringComparison.Ordinal) || !UnixFiles.Available || UnixFiles.Stat(written.Raw, followLinks: false) is not null)
        {
            return written;
        }

        var raw = Unescape(path);
        return raw is not null && UnixFiles.Stat(raw, followLinks: false) is not null ? new FilePath(raw, path) : written;
    }

    /// <summary>The bytes of a path written with \xNN escapes, or null when an escape is malformed.</summary>
    private static byte[]? Unescape(string path)
    {
        var bytes = new List<byte>(path.Length);
        var at = 0;
        while (at < path.Length)
        {
            var escape = path.IndexOf("\\x", at, StringComparison.Ordinal);
            var end = escape < 0 ? path.Length : escape;
            bytes.AddRange(Encoding.UTF8.GetBytes(path[at..end]));
            if (escape < 0)
            {
                break;
            }

            if (escape + 4 > path.Length || !byte.TryParse(path.AsSpan(escape + 2, 2), System.Globalization.NumberStyles.AllowHexSpecifier, null, out var b))
            {
                return null;
            }

            bytes.Add(b);
            at = escape + 4;
        }

        return [.. bytes];
    }

    public FilePath Child(byte[] name)
    {
        var slash = Raw.Length > 0 && Raw[^1] == (byte)'/';
        return new FilePath([.. Raw, .. slash ? Array.Empty<byte>() : "/"u8.ToArray(), .. name], Text + (slash ? string.Empty : "/") + Show(name));
    }

    /// <summary>Bytes as text: UTF-8 as it is, any other byte as \xNN.</summary>
    public static string Show(byte[] bytes)
    {
        try
        {
            return Strict.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var sb = new StringBuilder(bytes.Length + 8);
            var i = 0;
            while (i < bytes.Length)
            {
                var length = Utf8Length(bytes, i);
                if (length > 0)
                {
                    sb.Append(Strict.GetString(bytes, i, length));
                    i += length;
                }
                else
                {
                    sb.Append($"\\x{bytes[i]:x2}");
                    i++;
                }
            }

            return sb.ToString();
        }
    }

    public override string ToString() => Text;

    /// <summary>The length of the valid UTF-8 sequence at <paramref name="at"/>, or 0.</summary>
    private static int Utf8Length(byte[] bytes, int at)
    {
        var b = bytes[at];
        var length = b < 0x80 ? 1 : (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : (b & 0xF8) == 0xF0 ? 4 : 0;
        if (length == 0 || at + length > bytes.Length)
        {
            return 0;
        }

        try
        {
            _ = Strict.GetString(bytes, at, length);
            return length;
        }
        catch (DecoderFallbackException)
        {
            return 0;
        }
    }
}
