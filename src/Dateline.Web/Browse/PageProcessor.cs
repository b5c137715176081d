using System.Text;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Core.Running;
using Dateline.Web.Api.Contracts;

namespace Dateline.Web.Browse;

/// <summary>Runs the pipeline on one pasted page through the runner (its time-limit rule), storing nothing.</summary>
public sealed class PageProcessor(DocumentRunner runner)
{
    public LayerSet Layers => runner.Pipeline.Layers;

    public DocumentResult Process(ProcessRequest request, CancellationToken cancellation)
    {
        var html = request.Html;
        var content = html ?? request.Text ?? string.Empty;
        var id = "pasted-" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(content)))[..12];
        var page = new RawPage(id, "paste", ReadOnlyMemory<byte>.Empty)
        {
            PreDecodedText = content,
            DeclaredKind = html is not null ? ContentKind.Html : ContentKind.Text,
            Url = request.Url,
            Supplied = new ArticleMetadata { Title = request.Title, Published = request.Date, Url = request.Url },
        };
        return runner.ProcessOne(InputItem.Read(page), cancellation);
    }
}
