namespace Dateline.Core.Running;

/// <summary>What part of an input a <see cref="WorkUnit"/> stands for.</summary>
public enum WorkUnitKind
{
    /// <summary>One page file (HTML or text, gzipped or not): the whole file.</summary>
    File,

    /// <summary>A range of the pages a WARC file holds, in the reader's order.</summary>
    WarcRange,

    /// <summary>A range of the pages a JSON Lines file holds (a page a line), in the reader's order.</summary>
    JsonlBatch,
}
