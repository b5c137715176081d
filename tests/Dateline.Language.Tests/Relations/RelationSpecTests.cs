using Dateline.Language.Relations;

namespace Dateline.Language.Tests.Relations;

public class RelationSpecTests
{
    public static TheoryData<string, string> Cases => SpecFile.Titles("relations.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string file, string title)
    {
        var c = SpecFile.Case(file, title);
        var doc = SpecRun.Run(c);
        var relations = doc.Layer<Relation>().Select(r => (Type: r.Type.Code(), r.SubjectId, Object: r.ObjectId ?? "-")).ToList();
        SpecRun.AssertExactly(c, relations.Select(r => $"{r.Type} | {r.SubjectId} | {r.Object}"), p => $"{p[0]} | {p[1]} | {p[2]}");
        foreach (var subject in c.All("none"))
        {
            Assert.DoesNotContain(relations, r => r.SubjectId == subject);
        }
    }
}
