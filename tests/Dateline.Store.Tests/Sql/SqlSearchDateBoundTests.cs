using Dateline.Store.Sql;

namespace Dateline.Store.Tests.Sql;

/// <summary>
/// The upper bound of a date filter (<see cref="SqlSearch.UpperDateBound"/>), shared by the search's, the events' and
/// the threads' filters: a bare year or month covers all of it, a day is itself.
/// </summary>
public sealed class SqlSearchDateBoundTests
{
    [Theory]
    [InlineData("2021", "2021-12-31")]
    [InlineData("2021", "2021-12-31T23:59:59Z")]
    [InlineData("2021-09", "2021-09-30")]
    [InlineData(" 2021-09 ", "2021-09-30")]
    [InlineData("2021-09-30", "2021-09-30")]
    public void A_bound_covers_its_whole_span(string to, string date)
        => Assert.True(string.CompareOrdinal(date[..Math.Min(10, date.Length)], SqlSearch.UpperDateBound(to)) <= 0);

    [Theory]
    [InlineData("2021", "2022-01-01")]
    [InlineData("2021-09", "2021-10-01")]
    [InlineData("2021-09-30", "2021-10-01")]
    public void A_bound_ends_where_its_span_ends(string to, string date)
        => Assert.True(string.CompareOrdinal(date, SqlSearch.UpperDateBound(to)) > 0);

    [Fact]
    public void A_day_is_its_own_bound() => Assert.Equal("2021-09-30", SqlSearch.UpperDateBound(" 2021-09-30 "));
}
