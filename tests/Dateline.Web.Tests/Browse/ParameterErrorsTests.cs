using Dateline.Web.Browse;

namespace Dateline.Web.Tests.Browse;

/// <summary>The one reader of whole-number keys (<see cref="ParameterErrors.Id(string, string?)"/>): entity keys, optional, and thread keys, required.</summary>
public sealed class ParameterErrorsTests
{
    [Theory]
    [InlineData("42", 42L)]
    [InlineData("0", null)]
    [InlineData("-3", null)]
    [InlineData("4x", null)]
    [InlineData(" 42", null)]
    public void An_entity_key_is_a_positive_whole_number(string value, long? expected)
    {
        var errors = new ParameterErrors();
        Assert.Equal(expected, errors.Id("entity", value));
        Assert.Equal(expected is null, errors.Any);
        if (expected is null)
        {
            Assert.Equal(["'entity' must be a positive entity id (as /api/search facets or /api/articles entities give)."], errors.ToDictionary()["entity"]);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    public void No_entity_key_is_no_error(string? value)
    {
        var errors = new ParameterErrors();
        Assert.Null(errors.Id("entity", value));
        Assert.False(errors.Any);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("0")]
    [InlineData("abc")]
    public void A_thread_key_is_required(string? value)
    {
        var errors = new ParameterErrors();
        Assert.Null(ThreadRequest.Id(value, errors));
        Assert.Equal(["'id' must be a positive thread id (as /api/threads or an article's store.thread gives)."], errors.ToDictionary()["id"]);
    }

    [Fact]
    public void A_thread_key_is_read() => Assert.Equal(7L, ThreadRequest.Id("7", new ParameterErrors()));

    [Theory]
    [InlineData("2021", "2021")]
    [InlineData(" 2021-09 ", "2021-09")]
    [InlineData("2021-09-30", "2021-09-30")]
    [InlineData("2021-9", null)]
    [InlineData("2021-9-1", null)]
    [InlineData("2021-02-30", null)]
    public void A_date_bound_is_the_store_s_own(string value, string? expected)
    {
        var errors = new ParameterErrors();
        Assert.Equal(expected, errors.Date("from", value));
        Assert.Equal(expected is null, errors.Any);
    }
}
