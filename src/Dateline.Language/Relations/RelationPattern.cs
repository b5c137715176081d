using System.Text.RegularExpressions;

namespace Dateline.Language.Relations;

/// <summary>One line of Data/relation-patterns.txt: the relation type, the form of the clause and the cue.</summary>
internal sealed record RelationPattern(RelationType Type, string Form, Regex Cue);
