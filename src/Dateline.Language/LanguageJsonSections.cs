using Dateline.Core.Output;
using Dateline.Language.Amounts;
using Dateline.Language.Quotes;
using Dateline.Language.Relations;
using Dateline.Language.Resolution;
using Dateline.Language.Times;

namespace Dateline.Language;

/// <summary>The JSON sections the language layers add to the article (entities, quotes, times, amounts, relations).</summary>
public static class LanguageJsonSections
{
    public static IReadOnlyList<IJsonSection> Create() =>
    [
        new EntitiesJsonSection(),
        new QuotesJsonSection(),
        new TimesJsonSection(),
        new AmountsJsonSection(),
        new RelationsJsonSection(),
    ];
}
