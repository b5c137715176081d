using Dateline.Core.Model;

namespace Dateline.Language.Tests.Relations;

public class RelationSpecTests
{
    public static TheoryData<string, string> Cases => SpecFile.Titles("relations.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string file, string title)
    {
        var c = SpecFile.Case(file, title);
        var doc = KnowledgePipeline.Run(c);
        var relations = doc.Layer<Relation>().Select(r => (r.Type, r.SubjectId, Object: r.ObjectId ?? "-")).ToList();
        foreach (var e in c.All("expect"))
        {
            var p = SpecFile.Parts(e);
            Assert.Contains((p[0], p[1], p[2]), relations);
        }

        foreach (var subject in c.All("none"))
        {
            Assert.DoesNotContain(relations, r => r.SubjectId == subject);
        }

        Assert.All(doc.Layer<Relation>(), r => Assert.True(r.Span.End <= doc.Text.Length));
    }
}
