using Dateline.Store.Search;

namespace Dateline.Store.Tests.Search;

/// <summary>
/// The date bounds of the store's filters (<see cref="DateBounds"/>): what the CLI and the web accept, and the upper
/// bound the search's, the events' and the threads' filters compare with (a bare year or month covers all of it).
/// </summary>
public sealed class DateBoundsTests
{
    [Theory]
    [InlineData("2021")]
    [InlineData("2021-09")]
    [InlineData("2021-09-30")]
    [InlineData(" 2024-02-29 ")]
    public void A_year_a_month_or_a_day_is_a_bound(string value) => Assert.True(DateBounds.IsValid(value));

    [Theory]
    [InlineData("")]
    [InlineData("21")]
    [InlineData("20211")]
    [InlineData("2021-9")]
    [InlineData("2021-9-1")]
    [InlineData("2021-09-31")]
    [InlineData("2023-02-29")]
    [InlineData("2021/09/30")]
    [InlineData("2021-09-30T10:00")]
    [InlineData("notadate")]
    public void Anything_else_is_not(string value) => Assert.False(DateBounds.IsValid(value));

    [Theory]
    [InlineData("2021", "2021-12-31")]
    [InlineData("2021-09", "2021-09-30")]
    [InlineData(" 2021-09 ", "2021-09-30")]
    [InlineData("2021-09-30", "2021-09-30")]
    public void An_upper_bound_covers_its_whole_span(string to, string day)
        => Assert.True(string.CompareOrdinal(day, DateBounds.Upper(to)) <= 0);

    [Theory]
    [InlineData("2021", "2022-01-01")]
    [InlineData("2021-09", "2021-10-01")]
    [InlineData("2021-09-30", "2021-10-01")]
    public void An_upper_bound_ends_where_its_span_ends(string to, string day)
        => Assert.True(string.CompareOrdinal(day, DateBounds.Upper(to)) > 0);

    [Fact]
    public void A_day_is_its_own_upper_bound() => Assert.Equal("2021-09-30", DateBounds.Upper(" 2021-09-30 "));
}
