using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.CreditReports;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.CreditReports;

/// <summary>The company's credit bureaus: ask the platform operator for one, and list those approved.</summary>
public static class CreditBureausApi
{
    public static IEndpointRouteBuilder MapCreditBureausApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/credit-bureaus").WithTags("Credit reports");
        group.MapGet("", ListApprovedAsync)
            .RequireAnyGrant(Grants.For("credit_reports", Grants.View), Grants.For("lead_credit_reports", Grants.View), Grants.CreditReportsRun, Grants.LeadCreditReportsRun).WithName("ListCreditBureaus")
            .WithSummary("The bureaus the platform operator approved for the company; only these can run credit reports.");
        group.MapGet("/requests", ListRequestsAsync).RequireGrant(Grants.SettingsIntegrations).WithName("ListCreditBureauRequests")
            .WithSummary("The company's bureau requests, newest first.");
        group.MapPost("/requests", RequestAsync).RequireGrant(Grants.SettingsIntegrations).WithIdempotencyKey().WithName("RequestCreditBureau")
            .WithSummary("Asks the platform operator for a bureau, with the company's permissible-purpose statement.");
        return routes;
    }

    public static async Task<Ok<ApprovedBureauResponse[]>> ListApprovedAsync(IClusterClient cluster, CurrentUser me) =>
        TypedResults.Ok((await Grain(cluster, me).ListApprovedAsync()).Select(b => new ApprovedBureauResponse(b.Code, b.Name, b.ApprovedAt, b.Configured)).ToArray());

    public static async Task<Ok<BureauAccessResponse[]>> ListRequestsAsync(IClusterClient cluster, CurrentUser me) =>
        TypedResults.Ok((await Grain(cluster, me).ListRequestsAsync()).Select(r => BureauAccessResponse.From(r, forOperator: false)).ToArray());

    public static async Task<Results<Created<BureauAccessResponse>, ProblemHttpResult>> RequestAsync(
        BureauAccessRequest request, IClusterClient cluster, CurrentUser me)
    {
        var errors = new RequestErrors();
        var bureau = errors.Required(request.Bureau, "bureau");
        var purpose = errors.Required(request.PermissiblePurpose, "permissiblePurpose");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var created = await Grain(cluster, me).RequestAsync(bureau, purpose);
        return TypedResults.Created($"/api/v1/credit-bureaus/requests/{created.Id}", BureauAccessResponse.From(created, forOperator: false));
    }

    private static ICreditBureauAccessGrain Grain(IClusterClient cluster, CurrentUser me) =>
        cluster.GetGrain<ICreditBureauAccessGrain>(me.Key(ICreditBureauAccessGrain.Id));
}
