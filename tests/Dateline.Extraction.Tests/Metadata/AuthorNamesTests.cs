using Dateline.Extraction.Metadata;

namespace Dateline.Extraction.Tests.Metadata;

/// <summary>Author values as pages write them, to the people they name (one case per failure kind seen on web-dev).</summary>
public class AuthorNamesTests
{
    private static readonly SiteIdentity Site = new("Harbour Herald", "Harbour Media Group", "www.harbourherald.com");

    private static IReadOnlyList<string> People(string value, bool handles = false) => AuthorNames.Default.Clean([value], Site, handles);

    [Fact]
    public void SplitsCoAuthorsAndSetsTheOutletApart()
    {
        var list = AuthorNames.Default.Read(["By Mara Lind , Tom Ek , Harbour Herald"], Site);
        Assert.Equal(["Mara Lind", "Tom Ek"], list.People);
        Assert.Equal(["Harbour Herald"], list.Outlets);
    }

    [Theory]
    [InlineData("Mara Lind, London, Tom Ek")]
    [InlineData("Mara Lind - Tom Ek")]
    [InlineData("Mara Lind | Datum | Tom Ek | Anzahl der Kommentare")]
    public void SplitsCoAuthorsWithoutThePlaceOrThePostsMetaLine(string value) => Assert.Equal(["Mara Lind", "Tom Ek"], People(value));

    [Theory]
    [InlineData("Mara Lind and Tom Ek", new[] { "Mara Lind", "Tom Ek" })]
    [InlineData("Mara Lind und Tom Ek", new[] { "Mara Lind", "Tom Ek" })]
    [InlineData("Mara Lind, Tom Ek and Ana Rus", new[] { "Mara Lind", "Tom Ek", "Ana Rus" })]
    [InlineData("Mara Lind and Reuters", new[] { "Mara Lind" })]
    public void SplitsAtAConjunctionBetweenNames(string value, string[] people) => Assert.Equal(people, People(value));

    [Theory]
    [InlineData("Bruce Y. Lee")]
    [InlineData("Sarah E. Needleman")]
    [InlineData("José Volta e Pinto")]
    [InlineData("Ministerium für Wirtschaft und Klimaschutz")]
    [InlineData("Jobs & Hire")]
    public void KeepsANameWholeWhereAConjunctionWouldLeaveAWordAlone(string value) => Assert.Equal([value], People(value));

    [Fact]
    public void AnImprintsCountryIsNoAuthor() => Assert.Equal(["Mara Lind"], People("Mara Lind, Hamburg, Germany"));

    [Theory]
    [InlineData("Harbour Herald, Münster, Germany", new string[0])]
    [InlineData("Lind Verlag, Frankfurt a. M., Germany", new[] { "Lind Verlag" })]
    [InlineData("Lind Verlag, Freiburg i. Br., Germany", new[] { "Lind Verlag" })]
    [InlineData("Mara Lind, Tom Ek, Germany", new[] { "Mara Lind", "Tom Ek" })]
    public void AnImprintsTownIsNoAuthor(string value, string[] people) => Assert.Equal(people, People(value));

    [Theory]
    [InlineData("vom Support Team")]
    [InlineData("Redacción")]
    [InlineData("Redação")]
    [InlineData("Newsdesk")]
    [InlineData("publisher")]
    public void ADeskOrATeamIsNoAuthor(string value) => Assert.Empty(People(value));

    [Theory]
    [InlineData("Artikel von: Mara Lind")]
    [InlineData("Mara Lind Publicado: 06/05/2020")]
    public void TheLabelsAroundANameGo(string value) => Assert.Equal(["Mara Lind"], People(value));

    [Theory]
    [InlineData("Court Reporter")]
    [InlineData("Crime Correspondent")]
    public void ARoleWithItsQualifierIsNoName(string value) => Assert.Empty(People(value));

    [Theory]
    [InlineData("Margaret Court Reporter", "Margaret Court")]
    [InlineData("Margaret Court, Reporter", "Margaret Court")]
    public void ANameBeforeARoleStays(string value, string name) => Assert.Equal([name], People(value));

    [Fact]
    public void DropsTheArticleLeftOfAnAgencysName() => Assert.Equal(["Colleen Barry"], People("Colleen Barry, The Associated Press"));

    [Fact]
    public void KeepsASurnameThatIsTheHostsName()
        => Assert.Equal(["Mara Lind"], AuthorNames.Default.Clean(["View all posts by Mara Lind"], new SiteIdentity("Mara's notes", null, "lind.me")));

    [Fact]
    public void KeepsANamesOwnBrackets() => Assert.Equal(["Mara Lind (maral)"], People("Mara Lind (maral)"));

    [Fact]
    public void KeepsTheOutletsNameWhole()
        => Assert.Equal(["Harbour News"], AuthorNames.Default.Read(["Harbour News"], new SiteIdentity("Harbour News", null, null)).Outlets);

    [Fact]
    public void ReadsCoAuthorsInBrackets() => Assert.Equal(["Mara Lind", "Tom Ek", "Ana Rus"], People("Mara Lind (avec Tom Ek et Ana Rus)"));

    [Theory]
    [InlineData("By Mara Lind, Staff Writer")]
    [InlineData("Mara Lind HarbourHerald Staff")]
    [InlineData("Mara Lind, Chefredakteurin")]
    [InlineData("Mara Lind, Online-Redaktion")]
    [InlineData("Mara Lind, PhD")]
    [InlineData("Mara Lind, Ph.D.")]
    [InlineData("Mara Lind am 3. Mai 2021")]
    [InlineData("Mara Lind Stand: 04.05.2021")]
    [InlineData("Auteur : Mara Lind")]
    [InlineData("Eingestellt von Mara Lind")]
    [InlineData("Mara Lind @maralind")]
    [InlineData("Mara Lind (https://example.org/mara/)")]
    public void DropsRolesLabelsDegreesDatesAndHandles(string value) => Assert.Equal(["Mara Lind"], People(value));

    [Theory]
    [InlineData("Von")]
    [InlineData("Por")]
    [InlineData("Publiziert am")]
    [InlineData("Photo by Ola Berg on Unsplash")]
    [InlineData("PhD")]
    [InlineData("Gesponserte Inhalte")]
    public void NamesNobodyInALabelOrACredit(string value) => Assert.Empty(People(value));

    [Fact]
    public void TakesUserNamesOnlyFromAuthorMarkup()
    {
        Assert.Equal(["gizmo42"], People("gizmo42", handles: true));
        Assert.Empty(People("gizmo42"));
        Assert.Empty(People("admin", handles: true));
    }

    [Fact]
    public void KeepsAPersonWhoseNameStartsTheSiteName()
    {
        var blog = new SiteIdentity("Andrea Blogs", null, "andreablogs.example.net");
        Assert.Equal(["Andrea"], AuthorNames.Default.Clean(["Andrea"], blog));
        Assert.Equal(["Andrea Blogs"], AuthorNames.Default.Read(["Andrea Blogs"], blog).Outlets);
    }

    [Fact]
    public void DropsAValueThatNamesTheSitesDomain()
        => Assert.Empty(AuthorNames.Default.Read(["harbourherald.com, Portsmouth, England"], Site).People);
}
