using Dateline.Core.Output;
using Dateline.Language.Resolution;

namespace Dateline.Language;

/// <summary>The JSON sections the language layers add to the article (entities, quotes, times, amounts, relations).</summary>
public static class LanguageJsonSections
{
    public static IReadOnlyList<IJsonSection> Create() =>
    [
        new EntitiesJsonSection(),
    ];
}
