using Dateline.Core.Output;
using Dateline.Web.Api.Contracts;
using Dateline.Web.Browse;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Dateline.Web.Api;

/// <summary>POST /api/process: a page in, the annotated article out, nothing stored. Mapped only with --allow-process.</summary>
public static class ProcessApi
{
    public static IEndpointRouteBuilder MapProcessApi(this IEndpointRouteBuilder app, WebOptions options)
    {
        if (!options.AllowProcess)
        {
            return app;
        }

        app.MapGroup("/api/process").WithTags("Process")
            .MapPost("/", Process)
            .WithName("Process")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .WithSummary("Annotates one page (html or text) without storing it and returns the article as `dateline annotate` prints it. Body size is bounded; a page that fails gives 422 with the reason.")
            .DisableAntiforgery();
        return app;
    }

    /// <summary>Annotates one page without storing it.</summary>
    /// <param name="request">The page: html or text (exactly one), and optionally its url, title and date.</param>
    /// <param name="processor">Runs the pipeline.</param>
    /// <param name="cancellation">Ends the work when the client goes away.</param>
    /// <response code="200">The article in the article contract, as dateline annotate prints it.</response>
    /// <response code="400">Neither or both of html and text, or a field too long or not a date.</response>
    /// <response code="422">The page could not be processed (the problem's detail gives the reason).</response>
    private static Results<ArticleJsonResult, ValidationProblem, ProblemHttpResult> Process(ProcessRequest request, PageProcessor processor, CancellationToken cancellation)
    {
        var errors = new ParameterErrors();
        if (string.IsNullOrWhiteSpace(request.Html) == string.IsNullOrWhiteSpace(request.Text))
        {
            errors.Add("html", "give exactly one of html (a web page) or text (a text dump).");
        }

        errors.Text("url", request.Url, 2048);
        errors.Text("title", request.Title, 1000);
        errors.Date("date", request.Date?.Length > 10 ? request.Date[..10] : request.Date);
        if (errors.Any)
        {
            return ApiProblems.Invalid(errors);
        }

        var result = processor.Process(request, cancellation);
        return result.Succeeded
            ? ArticleJsonResult.Processed(result.Document, new ArticleJsonWriter(processor.Layers))
            : TypedResults.Problem(title: "The page could not be processed", detail: $"{result.Error.Kind}: {result.Error.Message}", statusCode: StatusCodes.Status422UnprocessableEntity);
    }
}
