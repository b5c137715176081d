using System.Globalization;

namespace Dateline.Store.Sql;

/// <summary>
/// A store's versioned schema scripts, embedded in this assembly as <c>{prefix}00N_name.sql</c>: migration N is the
/// script numbered N. SQLite and PostgreSQL keep their own scripts (their DDL differs) and record the version their own way.
/// </summary>
internal sealed class EmbeddedMigrations(string prefix)
{
    public IReadOnlyList<(int Version, string Resource)> All { get; } = typeof(EmbeddedMigrations).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
        .Select(n => (Version: int.Parse(n.AsSpan(prefix.Length, 3), CultureInfo.InvariantCulture), Resource: n))
        .OrderBy(m => m.Version)
        .ToList();

    public int Latest => All.Count == 0 ? 0 : All[^1].Version;

    public static string Read(string resource)
    {
        using var stream = typeof(EmbeddedMigrations).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"missing embedded migration {resource}");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
