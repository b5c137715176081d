using System.Text.Json;
using System.Xml.Linq;
using Dateline.Tests;

namespace Dateline.Cli.Tests;

/// <summary>
/// The CLI's runtimeconfig (Dateline.Cli.csproj) carries the GC settings that keep `ingest`'s peak memory down: the
/// gen0 budget capped at 8 MiB and gen2 compacted when fragmented (bench/README.md, "Ingest's peak memory"), and the
/// tiered-compilation settings of a long `annotate` run: tier-up without the call-counting delay, dynamic PGO off
/// (bench/README.md, "Tier-up without the call-counting delay"; "The JIT's share", perf-jit).
/// </summary>
public sealed class RuntimeConfigTests
{
    [Theory]
    [InlineData("System.GC.Gen0MaxBudget", 8_388_608)]
    [InlineData("System.GC.ConserveMemory", 7)]
    [InlineData("System.GC.Server", 0)]
    public void TheCliRunsWithTheGcSettingsThatBoundIngestMemory(string name, long expected) =>
        Assert.Equal(expected, Setting(name));

    [Theory]
    [InlineData("System.Runtime.TieredCompilation.CallCountingDelayMs", 1)]
    [InlineData("System.Runtime.TieredPGO", 0)]
    public void TheCliRunsWithTheTieredCompilationSettingsOfALongRun(string name, long expected) =>
        Assert.Equal(expected, Setting(name));

    /// <summary>The ReadyToRun images hold the framework's code inlined into ours and its generic code over our types
    /// (Dateline.Cli.csproj; a build option, not a runtimeconfig setting, so read from the project).</summary>
    [Fact]
    public void TheCliIsPrecompiledWithTheFrameworksCodeOverOurTypes()
    {
        var project = XDocument.Load(Path.Combine(SharedData.RepoRoot, "src", "Dateline.Cli", "Dateline.Cli.csproj"));
        var args = project.Descendants("PublishReadyToRunCrossgen2ExtraArgs").Single().Value.Split(';');
        Assert.Contains("--opt-cross-module:*", args);
        Assert.Contains("--non-local-generics-module:*", args);
    }

    private static long Setting(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "dateline.runtimeconfig.json");
        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var value = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").GetProperty(name);
        return value.ValueKind switch
        {
            JsonValueKind.True => 1,
            JsonValueKind.False => 0,
            JsonValueKind.String => long.Parse(value.GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            _ => value.GetInt64(),
        };
    }
}
