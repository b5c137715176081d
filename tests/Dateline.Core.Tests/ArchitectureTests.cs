using System.Xml.Linq;
using Dateline.Tests;

namespace Dateline.Core.Tests;

/// <summary>
/// Projects depend one way (docs/architecture.md): Core ← Extraction, Language ← Training; Core ← Store ← Web; the
/// CLI, the only host, composes them all. Store and Web name no layer: they reach layers only through Core.
/// </summary>
public class ArchitectureTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Dateline.Core"] = [],
        ["Dateline.Extraction"] = ["Dateline.Core"],
        ["Dateline.Language"] = ["Dateline.Core"],
        ["Dateline.Training"] = ["Dateline.Core", "Dateline.Language"],
        ["Dateline.Store"] = ["Dateline.Core"],
        ["Dateline.Web"] = ["Dateline.Core", "Dateline.Store"],
        ["Dateline.Cli"] = ["Dateline.Core", "Dateline.Extraction", "Dateline.Language", "Dateline.Training", "Dateline.Store", "Dateline.Web"],
    };

    [Fact]
    public void SourceProjectsReferenceOnlyTheLayersBelowThem()
    {
        var src = Path.Combine(SharedData.RepoRoot, "src");
        var projects = Directory.GetFiles(src, "*.csproj", SearchOption.AllDirectories);
        Assert.NotEmpty(projects);
        foreach (var project in projects)
        {
            var name = Path.GetFileNameWithoutExtension(project);
            Assert.True(Allowed.ContainsKey(name), $"{name} is not in the layering table; add it where it belongs");
            var references = XDocument.Load(project).Descendants("ProjectReference")
                .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value));
            foreach (var reference in references)
            {
                Assert.True(Allowed[name].Contains(reference), $"{name} must not reference {reference}");
            }
        }
    }

    [Fact]
    public void CoreUsesNoPackages()
    {
        var core = Path.Combine(SharedData.RepoRoot, "src", "Dateline.Core", "Dateline.Core.csproj");
        Assert.Empty(XDocument.Load(core).Descendants("PackageReference"));
    }

    [Fact]
    public void TestProjectsMirrorTheSourceProjectsAndTheirFolders()
    {
        var src = Path.Combine(SharedData.RepoRoot, "src");
        var tests = Path.Combine(SharedData.RepoRoot, "tests");
        foreach (var project in Directory.GetDirectories(tests, "Dateline.*.Tests"))
        {
            var name = Path.GetFileName(project)[..^".Tests".Length];
            Assert.True(Directory.Exists(Path.Combine(src, name)), $"tests/{Path.GetFileName(project)} tests no project of src/");
            var folders = Directory.GetDirectories(project)
                .Where(d => Path.GetFileName(d) is not ("bin" or "obj" or "TestResults" or "Fixtures" or "Specs" or "Cases"))
                .Where(d => Directory.EnumerateFiles(d, "*.cs", SearchOption.AllDirectories).Any())
                .Select(Path.GetFileName);
            foreach (var folder in folders)
            {
                Assert.True(Directory.Exists(Path.Combine(src, name, folder!)), $"tests/{Path.GetFileName(project)}/{folder} has no src/{name}/{folder} to mirror");
            }
        }
    }

    [Fact]
    public void TheCliHoldsOnlyCommands()
    {
        var cli = Path.Combine(SharedData.RepoRoot, "src", "Dateline.Cli");
        var sources = Directory.GetFiles(cli, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(cli, f).Replace('\\', '/'));
        Assert.All(sources, f => Assert.True(f == "Program.cs" || f.StartsWith("Commands/", StringComparison.Ordinal), $"src/Dateline.Cli/{f} is not a command: libraries hold the logic"));
    }
}
