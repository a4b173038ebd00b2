using Microsoft.AspNetCore.Mvc;

namespace SecurityTrax.Gateway.Http;

/// <summary>The grants a request was refused for, kept on the request until its 403 problem is written.</summary>
public static class MissingGrants
{
    private static readonly object ItemKey = new();

    public static void Set(HttpContext context, string[] grants) => context.Items[ItemKey] = grants;

    public static string[] Of(HttpContext context) => context.Items.TryGetValue(ItemKey, out var grants) ? (string[])grants! : [];

    /// <summary>A 403 raised by a handler that names what it lacked, as the ones the framework raises do.</summary>
    public static ProblemDetails Problem(params string[] grants)
    {
        var problem = ErrorResponses.Problem(StatusCodes.Status403Forbidden, ProblemTypes.Forbidden, "Not allowed.", null);
        Name(problem, grants);
        return problem;
    }

    /// <summary>Names the missing grants in the detail and in <c>missingGrants</c>.</summary>
    public static void Name(ProblemDetails problem, string[] grants)
    {
        problem.Detail = grants.Length == 1
            ? $"This needs the {grants[0]} grant."
            : $"This needs the grants {string.Join(", ", grants)}.";
        problem.Extensions["missingGrants"] = grants;
    }
}
