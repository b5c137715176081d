using Dateline.Extraction.Metadata;

namespace Dateline.Extraction.Tests.Metadata;

/// <summary>Metadata text with the entities and tags publishers leave in it (JSON-LD strings are not decoded by the parser).</summary>
public class MarkupTextTests
{
    [Theory]
    [InlineData("Here&#8217;s a list.", "Here\u2019s a list.")]
    [InlineData("&quot;CBS This Morning&quot; released clips", "\"CBS This Morning\" released clips")]
    [InlineData("la Polic&amp;iacute;a Nacional", "la Policía Nacional")]
    [InlineData("&lt;p&gt;&lt;strong&gt;Die Potenziale&lt;/strong&gt; der Digitalisierung&lt;/p&gt;", "Die Potenziale der Digitalisierung")]
    [InlineData("Jos&#xE9; Volta e Pinto", "José Volta e Pinto")]
    [InlineData("Fish & chips  <  5 pounds", "Fish & chips < 5 pounds")]
    public void DecodesEntitiesAndDropsTags(string written, string plain) => Assert.Equal(plain, MarkupText.Plain(written));

    [Fact]
    public void DecodesOneLayerOnly() => Assert.Equal("&quot;", MarkupText.Decoded("&amp;quot;"));
}
