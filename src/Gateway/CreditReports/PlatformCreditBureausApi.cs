using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using SecurityTrax.CreditReports;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.OpenApi;
using SecurityTrax.Gateway.Platform;

namespace SecurityTrax.Gateway.CreditReports;

/// <summary>The platform operator's side of bureau access: every company's requests, approved or refused once.</summary>
public static class PlatformCreditBureausApi
{
    private static readonly Dictionary<string, BureauAccessStatus> Statuses = Enum.GetValues<BureauAccessStatus>()
        .ToDictionary(s => s.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    public static IEndpointRouteBuilder MapPlatformCreditBureausApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/platform/credit-bureau-requests").WithTags("Platform").AllowAnonymous().WithMetadata(OperatorKeyOnly.Instance);
        group.MapGet("", ListAsync).WithName("ListPlatformCreditBureauRequests")
            .WithSummary("Operator only: bureau requests of every company, newest first (`status` filters).");
        group.MapPost("/{tenant}/{requestId:long}/approve", ApproveAsync).WithName("ApproveCreditBureauRequest")
            .WithSummary("Operator only: approves a company's bureau request (in its security log).");
        group.MapPost("/{tenant}/{requestId:long}/refuse", RefuseAsync).WithName("RefuseCreditBureauRequest")
            .WithSummary("Operator only: refuses a company's bureau request with a note saying why (in its security log).");
        return routes;
    }

    public static async Task<Results<Ok<BureauAccessResponse[]>, ProblemHttpResult>> ListAsync(
        string? status, IClusterClient cluster, IOptions<PlatformOptions> options, HttpRequest http)
    {
        if (PlatformApi.Denied(options.Value, http) is { } denied)
        {
            return denied;
        }

        BureauAccessStatus? wanted = null;
        if (status is not null)
        {
            if (!Statuses.TryGetValue(status, out var parsed))
            {
                var errors = new RequestErrors();
                errors.Add("status", "Use pending, approved or refused.");
                return TypedResults.Problem(errors.ToProblem());
            }

            wanted = parsed;
        }

        var requests = await cluster.GetGrain<ICreditBureauDeskGrain>(ICreditBureauDeskGrain.Key).ListAsync(wanted);
        return TypedResults.Ok(requests.Select(r => BureauAccessResponse.From(r, forOperator: true)).ToArray());
    }

    public static Task<Results<Ok<BureauAccessResponse>, ProblemHttpResult>> ApproveAsync(
        string tenant, long requestId, BureauDecisionRequest? request, IClusterClient cluster, IOptions<PlatformOptions> options, HttpRequest http) =>
        DecideAsync(tenant, requestId, approve: true, request, cluster, options, http);

    public static Task<Results<Ok<BureauAccessResponse>, ProblemHttpResult>> RefuseAsync(
        string tenant, long requestId, BureauDecisionRequest? request, IClusterClient cluster, IOptions<PlatformOptions> options, HttpRequest http) =>
        DecideAsync(tenant, requestId, approve: false, request, cluster, options, http);

    private static async Task<Results<Ok<BureauAccessResponse>, ProblemHttpResult>> DecideAsync(
        string tenant, long requestId, bool approve, BureauDecisionRequest? request, IClusterClient cluster, IOptions<PlatformOptions> options, HttpRequest http)
    {
        if (PlatformApi.Denied(options.Value, http) is { } denied)
        {
            return denied;
        }

        var decided = await cluster.GetGrain<ICreditBureauDeskGrain>(ICreditBureauDeskGrain.Key).DecideAsync(tenant, requestId, approve, request?.Note);
        return TypedResults.Ok(BureauAccessResponse.From(decided, forOperator: true));
    }
}
