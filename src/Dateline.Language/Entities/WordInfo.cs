namespace Dateline.Language.Entities;

/// <summary>What the recognizer's features need of one word form: hashes, shape, cluster, templated affix features.</summary>
internal sealed record WordInfo(ulong Low, ulong Form, ulong Shape, uint Path, bool HasLetter, bool AllUpper, ulong[] Affixes);
