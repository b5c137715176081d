using Dateline.Store.Search;
using Dateline.Web.Browse;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Dateline.Web.Api;

/// <summary>The 400s and 404s of the API, as problem details with a message a person can act on.</summary>
public static class ApiProblems
{
    public static ValidationProblem Invalid(ParameterErrors errors)
        => TypedResults.ValidationProblem(errors.ToDictionary(), title: "Invalid parameters", detail: "One or more query parameters are not valid; see errors.");

    public static ProblemHttpResult Syntax(SearchSyntaxException e)
        => TypedResults.Problem(title: "Invalid search syntax", detail: e.Message, statusCode: StatusCodes.Status400BadRequest);

    public static ProblemHttpResult NotFound(string what)
        => TypedResults.Problem(title: "Not found", detail: what, statusCode: StatusCodes.Status404NotFound);
}
