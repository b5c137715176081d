namespace Dateline.Tests;

/// <summary>
/// Locates ../shared (the data sets beside the project). Tests on real pages call <see cref="Require"/>, which fails
/// with a clear message when the folder is missing: CI always has it, so a silent skip would hide a broken setup.
/// </summary>
public static class SharedData
{
    public static string RepoRoot { get; } = FindRepoRoot();

    public static string? Root
    {
        get
        {
            var env = Environment.GetEnvironmentVariable("DATELINE_SHARED");
            var path = !string.IsNullOrEmpty(env) ? env : Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(Path.Combine(path, "data")) ? path : null;
        }
    }

    public static string Require(params string[] relative)
    {
        var root = Root ?? throw new InvalidOperationException(
            $"../shared is missing (looked beside {RepoRoot}); tests on real pages need the shared data sets. Set DATELINE_SHARED to its path.");
        var path = Path.Combine([root, .. relative]);
        return File.Exists(path) || Directory.Exists(path) ? path : throw new InvalidOperationException($"shared data file missing: {path}");
    }

    private static string FindRepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dateline.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("cannot find the repository root (Dateline.slnx) above " + AppContext.BaseDirectory);
    }
}
