using System.Xml.Linq;
using Dateline.Tests;

namespace Dateline.Core.Tests;

/// <summary>Projects depend one way: Core ← Extraction, Language ← Store ← Cli, Web (STYLE.md).</summary>
public class ArchitectureTests
{
    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["Dateline.Core"] = [],
        ["Dateline.Extraction"] = ["Dateline.Core"],
        ["Dateline.Language"] = ["Dateline.Core"],
        ["Dateline.Store"] = ["Dateline.Core", "Dateline.Extraction", "Dateline.Language"],
        ["Dateline.Web"] = ["Dateline.Core", "Dateline.Extraction", "Dateline.Language", "Dateline.Store"],
        ["Dateline.Cli"] = ["Dateline.Core", "Dateline.Extraction", "Dateline.Language", "Dateline.Store", "Dateline.Web"],
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
}
