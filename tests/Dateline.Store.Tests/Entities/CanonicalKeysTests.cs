using Dateline.Store.Entities;

namespace Dateline.Store.Tests.Entities;

public sealed class CanonicalKeysTests
{
    [Theory]
    [InlineData("Donald Trump", "PERSON", null, null, "PER|donald trump")]
    [InlineData("U.S.", "GPE", "country", "United States", "country|united states")]
    [InlineData("America", "LOC", "country", "United States", "country|united states")]
    [InlineData("Georgia", "GPE", null, "United States", "place|georgia|united states")]
    [InlineData("Georgia", "GPE", "country", "Georgia", "country|georgia")]
    [InlineData("Atlanta", "GPE", null, "United States", "place|atlanta|united states")]
    [InlineData("Palm Beach County", "GPE", null, "United States", "place|palm beach county|united states")]
    [InlineData("Springfield", "GPE", null, null, "place|springfield|")]
    [InlineData("Americans", "NORP", null, "United States", "NORP|americans")]
    [InlineData("Twitter", "ORG", null, null, "name|twitter")]
    [InlineData("Twitter", "MISC", null, null, "name|twitter")]
    [InlineData("Parasite", "MISC", "work", null, "name|parasite")]
    [InlineData("The Guardian", "ORG", null, null, "name|guardian")]
    [InlineData("Guardian", "ORG", null, null, "name|guardian")]
    [InlineData("The", "ORG", null, null, "name|the")]
    [InlineData("Jordan", "PERSON", null, null, "PER|jordan")]
    public void KeysSayWhichThingANameIs(string name, string label, string? subtype, string? country, string key)
        => Assert.Equal(key, CanonicalKeys.Of(name, label, subtype, country));

    [Theory]
    [InlineData("PER|donald trump", "trump")]
    [InlineData("PER|john conyers jr.", "conyers")]
    [InlineData("PER|martin luther king iii", "king")]
    [InlineData("PER|trump", null)]
    [InlineData("PER|jr.", null)]
    [InlineData("name|north atlantic", null)]
    public void SurnamesSkipGenerationalSuffixes(string key, string? surname) => Assert.Equal(surname, CanonicalKeys.SurnameOf(key));

    [Theory]
    [InlineData("PER|james c. kopp", "PER|james kopp", "c")]
    [InlineData("PER|james charles kopp", "PER|james kopp", "c")]
    [InlineData("PER|george h.w. bush", "PER|george bush", "hw")]
    [InlineData("PER|omar mir seddique mateen", "PER|omar mateen", "ms")]
    [InlineData("PER|john g. roberts jr.", "PER|john roberts jr.", "g")]
    public void MiddleNamesGiveWayToTheirInitials(string key, string without, string initials)
        => Assert.Equal(new NameWithoutMiddle(without, initials), CanonicalKeys.WithoutMiddle(key));

    [Theory]
    [InlineData("PER|james kopp")]
    [InlineData("PER|j. edgar hoover")]
    [InlineData("PER|kopp")]
    [InlineData("name|world health organization")]
    public void NamesWithoutAMiddleNameStayAsTheyAre(string key) => Assert.Null(CanonicalKeys.WithoutMiddle(key));

    [Theory]
    [InlineData("NATO", "NATO")]
    [InlineData("U.N.", "UN")]
    [InlineData("AT&T", "AT&T")]
    [InlineData("G20", null)]
    [InlineData("Nato", null)]
    [InlineData("A", null)]
    [InlineData("ABCDEFGHIJ", null)]
    public void AcronymsAreShortCapitals(string name, string? acronym) => Assert.Equal(acronym, CanonicalKeys.AcronymOf(name));

    [Theory]
    [InlineData("North Atlantic Treaty Organization", "NATO")]
    [InlineData("World Health Organization", "WHO")]
    [InlineData("Bank of England", "BE")]
    [InlineData("Reuters", null)]
    [InlineData("the big apple", null)]
    public void InitialsSkipFunctionWords(string name, string? initials) => Assert.Equal(initials, CanonicalKeys.InitialsOf(name));
}
