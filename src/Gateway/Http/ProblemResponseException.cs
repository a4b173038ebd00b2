using Microsoft.AspNetCore.Mvc;

namespace SecurityTrax.Gateway.Http;

/// <summary>Ends a request with a ProblemDetails decided before the handler ran (request binding).</summary>
public sealed class ProblemResponseException(ProblemDetails problem) : Exception(problem.Detail ?? problem.Title)
{
    public ProblemDetails Problem { get; } = problem;
}
