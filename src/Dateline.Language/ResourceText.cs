using System.Reflection;

namespace Dateline.Language;

/// <summary>Reads the word lists embedded under Data/: one entry per line, '#' starts a comment line.</summary>
internal static class ResourceText
{
    public static IEnumerable<string> Lines(string name)
    {
        var assembly = typeof(ResourceText).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Dateline.Language.Data.{name}")
            ?? throw new InvalidOperationException($"embedded resource Data/{name} is missing");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            var trimmed = line.Trim();
            if (trimmed.Length > 0 && trimmed[0] != '#')
            {
                yield return trimmed;
            }
        }
    }

    public static Stream? OpenModel(string name)
        => typeof(ResourceText).Assembly.GetManifestResourceStream($"Dateline.Language.Models.{name}");

    public static Assembly Assembly => typeof(ResourceText).Assembly;
}
