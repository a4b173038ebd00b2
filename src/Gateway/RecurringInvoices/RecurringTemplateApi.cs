using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.RecurringInvoices;

/// <summary>The invoice editor's buttons on a recurring invoice's template (<c>recurring_invoices.modify</c>, If-Match).</summary>
public static class RecurringTemplateApi
{
    public static IEndpointRouteBuilder MapRecurringTemplateApi(this IEndpointRouteBuilder routes)
    {
        var one = routes.MapGroup("/api/v1/recurring-invoices/{recurringId:long}").WithTags("Recurring invoices");
        one.MapPost("/add-monitoring", AddMonitoringAsync).RequireGrant(RecurringInvoicesApi.Resource, Grants.Modify).WithName("AddRecurringMonitoringCharge")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return routes;
    }

    /// <summary>
    /// Adds the customer's monthly monitoring rate to the template once (pressing it again adds nothing and says why);
    /// every invoice made from then on carries it. 409 once every invoice of the schedule is made.
    /// </summary>
    public static async Task<Ok<RecurringButtonResponse>> AddMonitoringAsync(
        long recurringId, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var added = await RecurringInvoicesApi.Recurring(cluster, me, recurringId).AddMonitoringAsync(ifMatch.Version);
        ETags.Set(response, added.RecurringInvoice.Version);
        return TypedResults.Ok(RecurringButtonResponse.From(added));
    }
}
