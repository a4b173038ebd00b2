using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Platform;
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

    /// <summary>A silo answers and, through it, the database. Which silo, how fast and why not: only with the operator key.</summary>
    public static async Task<Results<Ok<ReadinessResponse>, ProblemHttpResult>> ReadyAsync(
        IClusterClient cluster, IOptions<PlatformOptions> platform, HttpRequest http, CancellationToken cancellationToken)
    {
        // Anonymous callers (load balancers, the internet) learn ready or not; names and errors help an attacker.
        var detailed = PlatformApi.Denied(platform.Value, http) is null;
        HealthReport report;
        try
        {
            report = await cluster.GetGrain<IHealthGrain>(0).CheckAsync().WaitAsync(ReadinessTimeout, cancellationToken);
        }
        catch (Exception e) when (e is TimeoutException or OrleansException or SiloUnavailableException)
        {
            return Unavailable(detailed ? $"No silo answered: {e.Message}" : null);
        }

        if (!report.DatabaseReachable)
        {
            return Unavailable(detailed ? $"Silo {report.Silo} cannot reach the database: {report.DatabaseError}" : null);
        }

        return TypedResults.Ok(detailed
            ? new ReadinessResponse("ready", report.Silo, report.DatabaseLatency.TotalMilliseconds)
            : new ReadinessResponse("ready", null, null));
    }

    private static ProblemHttpResult Unavailable(string? detail) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Type = ProblemTypes.Unavailable,
            Title = "Not ready.",
            Detail = detail,
        });
}
