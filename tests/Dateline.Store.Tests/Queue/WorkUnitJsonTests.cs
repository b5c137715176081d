using System.Text;
using System.Text.Json;
using Dateline.Core.Running;
using Dateline.Store.Queue;

namespace Dateline.Store.Tests.Queue;

/// <summary>A queue message is read back as the unit it was written from, and anything else is refused as not a unit.</summary>
public sealed class WorkUnitJsonTests
{
    private static readonly WorkUnit Unit = WorkUnit.Of(WorkUnitKind.WarcRange, "/data/a.warc.gz", 0, 200, 12345, new DateTime(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void AUnitIsReadBackAsItWasWritten()
        => Assert.Equal(Unit, WorkUnitJson.Read(WorkUnitJson.Write(Unit)));

    // Messages published on the subject by something else, or damaged: each must be refused as not a unit (a
    // JsonException the worker handles), never another exception that would stop the worker, and never a unit with
    // null, empty or out-of-range fields that fails later in the worker's own code.
    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"id\":null,\"kind\":\"file\",\"path\":\"/a.html\",\"first\":0,\"last\":1,\"size\":1,\"modified\":\"2026-12-01T00:00:00.0000000Z\"}")]
    [InlineData("{\"id\":\"x\",\"kind\":\"file\",\"path\":\"/a.html\",\"first\":0,\"last\":1,\"size\":1,\"modified\":\"2026-12-01T00:00:00.0000000Z\"}")]
    [InlineData("{\"id\":\"a.b *>\",\"kind\":\"file\",\"path\":\"/a.html\",\"first\":0,\"last\":1,\"size\":1,\"modified\":\"2026-12-01T00:00:00.0000000Z\"}")]
    [InlineData("{\"id\":\"0123456789abcdef0123456789abcdef\",\"kind\":\"file\",\"path\":\"/a.html\",\"first\":0,\"last\":1,\"size\":1,\"modified\":null}")]
    [InlineData("{\"id\":\"0123456789abcdef0123456789abcdef\",\"kind\":\"file\",\"path\":null,\"first\":0,\"last\":1,\"size\":1,\"modified\":\"2026-12-01T00:00:00.0000000Z\"}")]
    [InlineData("{\"id\":\"0123456789abcdef0123456789abcdef\",\"kind\":\"file\",\"path\":\"\",\"first\":0,\"last\":1,\"size\":1,\"modified\":\"2026-12-01T00:00:00.0000000Z\"}")]
    [InlineData("{\"id\":\"0123456789abcdef0123456789abcdef\",\"kind\":\"warc-range\",\"path\":\"/a.warc\",\"first\":5,\"last\":2,\"size\":1,\"modified\":\"2026-12-01T00:00:00.0000000Z\"}")]
    [InlineData("{\"id\":\"0123456789abcdef0123456789abcdef\",\"kind\":\"warc-range\",\"path\":\"/a.warc\",\"first\":-1,\"last\":2,\"size\":1,\"modified\":\"2026-12-01T00:00:00.0000000Z\"}")]
    [InlineData("{\"id\":\"0123456789abcdef0123456789abcdef\",\"kind\":\"file\",\"path\":\"/a.html\",\"first\":0,\"last\":1,\"size\":-7,\"modified\":\"2026-12-01T00:00:00.0000000Z\"}")]
    [InlineData("{\"id\":\"0123456789abcdef0123456789abcdef\",\"kind\":\"file\",\"path\":\"/a.html\",\"first\":\"0\",\"last\":1,\"size\":1,\"modified\":\"2026-12-01T00:00:00.0000000Z\"}")]
    [InlineData("{\"id\":\"0123456789abcdef0123456789abcdef\",\"kind\":\"file\",\"path\":\"/a.html\",\"first\":0,\"last\":1,\"size\":1,\"modified\":\"yesterday\"}")]
    [InlineData("{\"id\":\"0123456789abcdef0123456789abcdef\",\"kind\":7,\"path\":\"/a.html\",\"first\":0,\"last\":1,\"size\":1,\"modified\":\"2026-12-01T00:00:00.0000000Z\"}")]
    public void AMessageThatIsNotAUnitIsRefusedAsNotAUnit(string message)
        => Assert.Throws<JsonException>(() => WorkUnitJson.Read(Encoding.UTF8.GetBytes(message)));

    [Fact]
    public void InvalidUtf8IsRefusedAsNotAUnit()
        => Assert.Throws<JsonException>(() => WorkUnitJson.Read([(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}']));
}
