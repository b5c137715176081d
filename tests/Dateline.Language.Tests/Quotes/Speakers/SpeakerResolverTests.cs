using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Language.Quotes;
using Dateline.Language.Quotes.Speakers;

namespace Dateline.Language.Tests.Quotes.Speakers;

/// <summary>What the speaker resolver tells beside the speaker id (Specs/quotes.spec checks the ids): the kind of mention and an unnamed speaker's organisation.</summary>
public class SpeakerResolverTests
{
    private static Quote Only(string text, params GivenEntity[] entities)
    {
        var result = GivenEntities.Pipeline(entities).Process(Document.FromText("t", text, new ArticleMetadata()));
        Assert.True(result.Succeeded, result.Error?.Message);
        return Assert.Single(result.Document!.Layer<Quote>());
    }

    [Fact]
    public void A_description_naming_an_organisation_links_the_unnamed_speaker_to_it()
    {
        var q = Only("“The pay offer is final,” the UCEA spokesperson said.", new GivenEntity("U", EntityLabel.Organization, "UCEA", ["UCEA"]));
        Assert.Equal(SpeakerKind.Description, q.SpeakerKind);
        Assert.Equal("unnamed-1", q.SpeakerId);
        Assert.Equal("U", q.SpeakerOrganizationId);
    }

    [Fact]
    public void A_description_without_an_organisation_has_none()
    {
        var q = Only("“We will keep the plant open,” a campaign aide said.");
        Assert.Equal(SpeakerKind.Description, q.SpeakerKind);
        Assert.Equal("unnamed-1", q.SpeakerId);
        Assert.Null(q.SpeakerOrganizationId);
    }

    [Fact]
    public void A_named_person_is_a_name_and_a_pronoun_a_pronoun()
    {
        var smith = new GivenEntity("J", EntityLabel.Person, "John Smith", ["John Smith"]);
        Assert.Equal(SpeakerKind.Name, Only("“We are ready to help with this,” John Smith said.", smith).SpeakerKind);
        var q = Only("John Smith arrived late. “We are ready to help with this,” he said.", smith);
        Assert.Equal(SpeakerKind.Pronoun, q.SpeakerKind);
        Assert.Equal("J", q.SpeakerId);
    }

    [Fact]
    public void A_he_skips_a_woman_named_by_honorific()
    {
        var q = Only(
            "Smith met Mrs. Baker in London. “We are ready to help with this,” he said.",
            new GivenEntity("S", EntityLabel.Person, "Smith", ["Smith"]),
            new GivenEntity("B", EntityLabel.Person, "Baker", ["Baker"]));
        Assert.Equal("S", q.SpeakerId);
    }

    [Fact]
    public void A_later_definite_description_with_the_same_head_is_the_same_unnamed_speaker()
    {
        var result = GivenEntities.Pipeline([]).Process(Document.FromText(
            "t",
            "“The offer is fair and it is final,” a spokesperson for the employers said on Monday.\n\nThe union rejected it.\n\n“We will not move again this year,” the spokesperson said.\n\n“Nobody here wants a strike,” a union organiser said.",
            new ArticleMetadata()));
        Assert.True(result.Succeeded, result.Error?.Message);
        var ids = result.Document!.Layer<Quote>().Select(q => q.SpeakerId).ToList();
        Assert.Equal(["unnamed-1", "unnamed-1", "unnamed-2"], ids);
    }

    [Fact]
    public void A_person_the_description_works_for_is_not_the_speaker()
    {
        var q = Only("“We are ready to help with this,” a spokesperson for Smith said.", new GivenEntity("S", EntityLabel.Person, "Smith", ["Smith"]));
        Assert.Equal(SpeakerKind.Description, q.SpeakerKind);
        Assert.Equal("unnamed-1", q.SpeakerId);
    }
}
