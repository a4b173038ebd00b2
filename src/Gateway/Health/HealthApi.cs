using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Health;

namespace SecurityTrax.Gateway.Health;

public static class HealthApi
{
    private static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(5);

    public static IEndpointRouteBuilder MapHealthApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("").WithTags("Health").AllowAnonymous();
        group.MapGet("/healthz", Live).WithName("Liveness");
        group.MapGet("/readyz", ReadyAsync).WithName("Readiness");
        return routes;
    }

    /// <summary>The gateway process is up; says nothing of the silos.</summary>
    public static Ok<LivenessResponse> Live() => TypedResults.Ok(new LivenessResponse("up"));

    /// <summary>A silo answers and, through it, the database.</summary>
    public static async Task<Results<Ok<ReadinessResponse>, ProblemHttpResult>> ReadyAsync(
        IClusterClient cluster, CancellationToken cancellationToken)
    {
        HealthReport report;
        try
        {
            report = await cluster.GetGrain<IHealthGrain>(0).CheckAsync().WaitAsync(ReadinessTimeout, cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or OrleansException or SiloUnavailableException)
        {
            return Unavailable($"No silo answered: {e.Message}");
        }

        return report.DatabaseReachable
            ? TypedResults.Ok(new ReadinessResponse("ready", report.Silo, report.DatabaseLatency.TotalMilliseconds))
            : Unavailable($"Silo {report.Silo} cannot reach the database: {report.DatabaseError}");
    }

    private static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Type = ProblemTypes.Unavailable,
            Title = "Not ready.",
            Detail = detail,
        });
}
