using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Identity;
using SecurityTrax.RecurringInvoices;

namespace SecurityTrax.Gateway.RecurringInvoices;

/// <summary>
/// The invoice editor's buttons on a recurring invoice's template (<c>recurring_invoices.modify</c>, If-Match): monitoring
/// becomes a line; the one-time charges are marked for the next invoice made.
/// </summary>
public static class RecurringTemplateApi
{
    public static IEndpointRouteBuilder MapRecurringTemplateApi(this IEndpointRouteBuilder routes)
    {
        var one = routes.MapGroup("/api/v1/recurring-invoices/{recurringId:long}").WithTags("Recurring invoices");
        one.MapPost("/add-monitoring", AddMonitoringAsync).RequireGrant(RecurringInvoicesApi.Resource, Grants.Modify).WithName("AddRecurringMonitoringCharge")
            .ProducesProblem(StatusCodes.Status409Conflict);
        one.MapPost("/add-activation-fee", MarkActivationFeeAsync).RequireGrant(RecurringInvoicesApi.Resource, Grants.Modify)
            .WithName("MarkRecurringActivationFee").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Marks the customer's activation fee for the next invoice this recurring invoice makes (a one-time charge, not a template line).");
        one.MapPost("/add-unpaid-equipment", MarkUnpaidEquipmentAsync).RequireGrant(RecurringInvoicesApi.Resource, Grants.Modify)
            .WithName("MarkRecurringUnpaidEquipment").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Marks the customer's unpaid equipment for the next invoice this recurring invoice makes (a one-time charge, not a template line).");
        one.MapDelete("/pending-items/{kind}", UnmarkAsync).RequireGrant(RecurringInvoicesApi.Resource, Grants.Modify)
            .WithName("RemoveRecurringPendingItem").ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Takes a one-time item (activation_fee, unpaid_equipment) off the next invoice before it is made.");
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
        return Answer(response, added);
    }

    /// <summary>
    /// The next invoice made presses its own Add Activation Fee (the customer's claim makes it once) and the mark is
    /// cleared; <c>reason</c> says why nothing was marked (no fee, paid, on another invoice, marked already). 409 once every invoice is made.
    /// </summary>
    public static async Task<Ok<RecurringButtonResponse>> MarkActivationFeeAsync(
        long recurringId, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch) =>
        Answer(response, await RecurringInvoicesApi.Recurring(cluster, me, recurringId).MarkOneTimeAsync(RecurringOneTimeItems.ActivationFee, ifMatch.Version));

    /// <summary>As add-activation-fee, for the customer's unpaid equipment that is on no invoice.</summary>
    public static async Task<Ok<RecurringButtonResponse>> MarkUnpaidEquipmentAsync(
        long recurringId, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch) =>
        Answer(response, await RecurringInvoicesApi.Recurring(cluster, me, recurringId).MarkOneTimeAsync(RecurringOneTimeItems.UnpaidEquipment, ifMatch.Version));

    /// <summary>404 when the item is not marked (or not a one-time item).</summary>
    public static async Task<Ok<RecurringInvoiceResponse>> UnmarkAsync(
        long recurringId, string kind, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var details = await RecurringInvoicesApi.Recurring(cluster, me, recurringId).UnmarkOneTimeAsync(kind, ifMatch.Version);
        ETags.Set(response, details.Version);
        return TypedResults.Ok(RecurringInvoiceResponse.From(details));
    }

    private static Ok<RecurringButtonResponse> Answer(HttpResponse response, RecurringLinesAdded added)
    {
        ETags.Set(response, added.RecurringInvoice.Version);
        return TypedResults.Ok(RecurringButtonResponse.From(added));
    }
}
