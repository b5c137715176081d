using System.Text;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Web.Api.Contracts;

namespace Dateline.Web.Browse;

/// <summary>Runs the full pipeline (extraction and language) on one pasted page, with a time limit, storing nothing.</summary>
public sealed class PageProcessor(Pipeline pipeline, WebOptions options)
{
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
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        limit.CancelAfter(options.ProcessTimeLimit);
        return pipeline.Process(page, limit.Token);
    }
}
