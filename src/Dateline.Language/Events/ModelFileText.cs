namespace Dateline.Language.Events;

/// <summary>What the events layer's learned models' text files share: the header of comment lines (what wrote the file).</summary>
internal static class ModelFileText
{
    /// <summary>Writes each line of <paramref name="header"/> as a comment line ("# …").</summary>
    public static void WriteHeader(TextWriter writer, string header)
    {
        foreach (var line in header.Split('\n'))
        {
            writer.Write("# ");
            writer.Write(line);
            writer.Write('\n');
        }
    }
}
