using Dateline.Core.Layers.Entities;
using Dateline.Language.Entities;

namespace Dateline.Language.Tests.Entities;

public class EntityRecognizerTests
{
    [Fact]
    public void The_shipped_model_loads_from_the_assembly_and_tags_news()
    {
        var recognizer = EntityRecognizer.Default;
        var words = "Chancellor Angela Merkel met French officials in Berlin on Monday , a government spokesman said .".Split(' ');
        var entities = recognizer.Recognize(words).Select(e => $"{e.Label.Code()}:{string.Join(' ', words[e.Start..e.End])}").ToList();
        Assert.Contains("PERSON:Angela Merkel", entities);
        Assert.Contains("NORP:French", entities);
        Assert.Contains("GPE:Berlin", entities);
    }

    [Fact]
    public void Conll_tags_use_conll_types_in_iob2()
    {
        var tags = EntityRecognizer.Default.TagConll("The United Nations sent aid to Kenya .".Split(' '));
        Assert.Equal("O B-ORG I-ORG O O O B-LOC O", string.Join(' ', tags));
    }

    [Fact]
    public void Document_consistency_gives_repeated_names_one_type_and_surnames_their_person()
    {
        string[][] sentences = [["Peter", "Hale", "spoke", "."], ["Hale", "left", "Hale", "."], ["Hale", "said", "."]];
        var entities = new List<List<RecognizedEntity>>
        {
            new() { new RecognizedEntity(0, 2, EntityLabel.Person) },
            new() { new RecognizedEntity(0, 1, EntityLabel.Organization), new RecognizedEntity(2, 3, EntityLabel.Organization) },
            new() { new RecognizedEntity(0, 1, EntityLabel.Location) },
        };
        DocumentConsistency.Apply(sentences, entities);
        Assert.All(entities.SelectMany(e => e), e => Assert.Equal(EntityLabel.Person, e.Label));
    }
}
