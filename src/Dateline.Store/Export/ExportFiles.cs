namespace Dateline.Store.Export;

/// <summary>Writes an export file whole or not at all: under a temporary name, renamed when complete.</summary>
internal static class ExportFiles
{
    public static long WriteWhole(string path, Func<Stream, long> write)
    {
        var partial = path + ".partial";
        long count;
        using (var file = File.Create(partial))
        {
            count = write(file);
        }

        File.Move(partial, path, overwrite: true);
        return count;
    }
}
