namespace Dateline.Cli.Tests.Commands;

/// <summary>`dateline entities`: a surname joins its full name across articles, and a curator can split, merge back and rename.</summary>
public sealed class EntitiesCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dateline-entities-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void FindSplitMergeRenameAndListCurations()
    {
        var pages = Directory.CreateDirectory(Path.Combine(_dir, "pages")).FullName;
        File.WriteAllText(Path.Combine(pages, "a.txt"), """
            Harbour council approves ferry plan

            HALIFAX, Nova Scotia — Mayor Maria Keller said on Monday that the council had approved the new ferry terminal. "This is a good day for the harbour," Keller told reporters. The Canadian Press reported that the plan costs $40 million.
            """);
        File.WriteAllText(Path.Combine(pages, "b.txt"), """
            Mayor defends ferry budget

            HALIFAX, Nova Scotia — Keller defended the ferry budget on Tuesday. "We will not cut the service," Keller said at City Hall. Opposition councillors said the cost was too high.
            """);
        var db = Path.Combine(_dir, "s.db");
        Assert.Equal(0, CliRunner.Run(null, "ingest", pages, "--db", db).ExitCode);

        var keller = Find("Keller", db);
        var (id, line) = Assert.Single(keller);
        Assert.Contains("2 article(s)\tMaria Keller\tKeller; Maria Keller", line, StringComparison.Ordinal);

        var split = CliRunner.Run(null, "entities", "split", id, "--name", "Keller", "--db", db);
        Assert.True(split.ExitCode == 0, split.Stderr);
        Assert.Equal(2, Find("Keller", db).Count);
        var alone = Find("Keller", db).Single(e => !e.Line.Contains("Maria", StringComparison.Ordinal)).Id;

        var merged = CliRunner.Run(null, "entities", "merge", alone, id, "--db", db);
        Assert.True(merged.ExitCode == 0, merged.Stderr);
        Assert.Contains("1 article entity moved", merged.Stdout, StringComparison.Ordinal);
        Assert.Single(Find("Keller", db));

        Assert.Equal(0, CliRunner.Run(null, "entities", "rename", id, "Mayor Maria Keller", "--db", db).ExitCode);
        Assert.Contains("\tMayor Maria Keller\t", Find("Keller", db).Single().Line, StringComparison.Ordinal);

        var curations = CliRunner.Run(null, "entities", "curations", "--db", db);
        var log = curations.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["split", "merge", "rename"], log.Select(l => l.Split('\t')[1]));
        Assert.EndsWith("(undone)", log[0], StringComparison.Ordinal);

        var unknown = CliRunner.Run(null, "entities", "merge", id, "999999", "--db", db);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("no entity with id 999999", unknown.Stderr, StringComparison.Ordinal);
        Assert.Equal(1, CliRunner.Run(null, "entities", "split", id, "--name", "Nobody", "--db", db).ExitCode);
        Assert.Equal(1, CliRunner.Run(null, "entities", "find", "Nobody At All", "--db", db).ExitCode);
        Assert.Equal(3, CliRunner.Run(null, "entities", "find", "Keller", "--db", Path.Combine(_dir, "absent.db")).ExitCode);
        Assert.Equal(2, CliRunner.Run(null, "entities", "merge", "x", "1", "--db", db).ExitCode);
    }

    private static List<(string Id, string Line)> Find(string name, string db)
    {
        var found = CliRunner.Run(null, "entities", "find", name, "--db", db);
        Assert.True(found.ExitCode == 0, found.Stderr);
        return [.. found.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => (l.Split('\t')[0], l))];
    }
}
