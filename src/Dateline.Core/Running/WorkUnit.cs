using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Dateline.Core.Running;

/// <summary>
/// A piece of a collection small enough for one worker to finish in one go: a page file, or the pages
/// [<see cref="First"/>, <see cref="Last"/>) of a WARC or JSON Lines file, counted as the reader yields them (so a
/// unit's pages are exactly the pages an ingest of the whole file reads at those positions, with the same ids). The
/// file's size and modification time are part of the unit: a worker refuses a file that changed since, because its
/// positions may no longer mean the same pages.
/// </summary>
public sealed record WorkUnit(string Id, WorkUnitKind Kind, string Path, long First, long Last, long Size, DateTime Modified)
{
    /// <summary>
    /// A unit with its id: a hash of what it stands for (absolute path, size, modification time, kind and range), so
    /// enqueueing the same input twice gives the same ids and a queue can tell it already holds them.
    /// </summary>
    public static WorkUnit Of(WorkUnitKind kind, string path, long first, long last, long size, DateTime modified)
    {
        var absolute = System.IO.Path.GetFullPath(path);
        var utc = modified.ToUniversalTime();
        var key = string.Join('\n', kind.ToString(), absolute, size.ToString(CultureInfo.InvariantCulture), utc.Ticks.ToString(CultureInfo.InvariantCulture),
            first.ToString(CultureInfo.InvariantCulture), last.ToString(CultureInfo.InvariantCulture));
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..IdLength];
        return new WorkUnit(id, kind, absolute, first, last, size, utc);
    }

    /// <summary>The length of a unit id: 32 lower-case hex digits.</summary>
    public const int IdLength = 32;

    /// <summary>Whether the text is a unit id as <see cref="Of"/> makes them.</summary>
    public static bool IsId(string? id) => id is { Length: IdLength } && id.All(char.IsAsciiHexDigitLower);

    /// <summary>Pages in the unit: 1 for a page file, the range's length otherwise.</summary>
    public long Pages => Kind == WorkUnitKind.File ? 1 : Last - First;

    /// <summary>Where the unit is, as messages and failure rows name it: the path, and for a range its pages (<c>a.warc.gz#pages[0,200)</c>).</summary>
    public string Source => Kind == WorkUnitKind.File ? Path : string.Create(CultureInfo.InvariantCulture, $"{Path}#pages[{First},{Last})");
}
