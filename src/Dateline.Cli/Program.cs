using System.CommandLine;
using Dateline.Cli.Commands;

// The CLI is a thin composition root: each command lives in Commands/ and builds its pipeline from the libraries.
var root = new RootCommand("Dateline: turns raw news pages into clean articles and knowledge.")
{
    ExtractCommand.Create(),
    AnnotateCommand.Create(),
    IngestCommand.Create(),
    SearchCommand.Create(),
    ShowCommand.Create(),
    EntitiesCommand.Create(),
    StatsCommand.Create(),
    OptimizeCommand.Create(),
    ServeCommand.Create(),
    TrainCommand.Create(),
    BenchCommand.Create(),
    ExportCommand.Create(),
    EnqueueCommand.Create(),
    WorkerCommand.Create(),
    QueueCommand.Create(),
};

return Usage.Run(root, args);
