using Dateline.Core.Layers;
using Dateline.Store.Queries;

namespace Dateline.Store.Tests.Queries;

public class EventVocabularyTests
{
    [Fact]
    public void TheStoredEventsLayerGivesItsTypesAndModes()
    {
        var codes = EventVocabulary.Of(TempStore.Layers);
        Assert.Equal(16, codes.Types.Count);
        Assert.Contains("ASSAULT", codes.Types);
        Assert.Contains("PROTEST", codes.Types);
        Assert.Equal(["asserted", "negated", "hypothetical"], codes.Modes);
    }

    [Fact]
    public void AStoreWithoutEventsHasNoCodes()
    {
        var codes = EventVocabulary.Of(LayerSet.Empty);
        Assert.Empty(codes.Types);
        Assert.Empty(codes.Modes);
    }
}
