using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>An invoice's lines, its buttons and the credit applied to it.</summary>
public static class InvoiceLinesApi
{
    public static IEndpointRouteBuilder MapInvoiceLinesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/invoices/{invoiceId:long}").WithTags("Invoices");
        group.MapPost("/lines", AddLineAsync).RequireGrant(InvoicesApi.Resource, Grants.Modify).WithIdempotencyKey().WithName("AddInvoiceLine").WithSummary("Adds a line (catalog item or free text) to the invoice.");
        group.MapPut("/lines/{lineId:int}", UpdateLineAsync).RequireGrant(InvoicesApi.Resource, Grants.Modify).WithName("UpdateInvoiceLine");
        group.MapDelete("/lines/{lineId:int}", RemoveLineAsync).RequireGrant(InvoicesApi.Resource, Grants.Modify).WithName("RemoveInvoiceLine");
        group.MapPost("/add-unpaid-equipment", AddUnpaidEquipmentAsync).RequireGrant(InvoicesApi.Resource, Grants.Modify).WithName("AddUnpaidEquipment");
        group.MapPost("/add-activation-fee", AddActivationFeeAsync).RequireGrant(InvoicesApi.Resource, Grants.Modify).WithName("AddActivationFee");
        group.MapPost("/add-monitoring", AddMonitoringAsync).RequireGrant(InvoicesApi.Resource, Grants.Modify).WithName("AddMonitoringCharge");
        group.MapPost("/credits", ApplyCreditAsync).RequireGrant(InvoicesApi.Resource, Grants.Modify).RequireIdempotencyKey().WithName("ApplyCreditMemo");
        return routes;
    }

    public static async Task<Results<Ok<InvoiceResponse>, ProblemHttpResult>> AddLineAsync(
        long invoiceId, InvoiceLineRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var line = request.ToInput(errors, "");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        return InvoicesApi.Answer(response, await InvoicesApi.Invoice(cluster, me, invoiceId).AddLineAsync(line, ifMatch.Version));
    }

    /// <summary>Replaces a line; a tax rate left out keeps the line's rate.</summary>
    public static async Task<Results<Ok<InvoiceResponse>, ProblemHttpResult>> UpdateLineAsync(
        long invoiceId, int lineId, InvoiceLineRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var line = request.ToInput(errors, "");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        return InvoicesApi.Answer(http.Response, await InvoicesApi.Invoice(cluster, me, invoiceId).UpdateLineAsync(lineId, line, ifMatch.Version));
    }

    /// <summary>Removes a line for good; equipment or an activation fee it billed can go on another invoice again.</summary>
    public static async Task<Ok<InvoiceResponse>> RemoveLineAsync(
        long invoiceId, int lineId, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        return InvoicesApi.Answer(http.Response, await InvoicesApi.Invoice(cluster, me, invoiceId).RemoveLineAsync(lineId, ifMatch.Version));
    }

    /// <summary>Adds every equipment row of the customer that is not paid and on no other invoice; pressing it again adds nothing.</summary>
    public static async Task<Ok<ButtonResponse>> AddUnpaidEquipmentAsync(
        long invoiceId, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch) =>
        Answer(response, await InvoicesApi.Invoice(cluster, me, invoiceId).AddUnpaidEquipmentAsync(ifMatch.Version));

    /// <summary>Adds the customer's activation fee unless it is paid or on another invoice; pressing it again adds nothing.</summary>
    public static async Task<Ok<ButtonResponse>> AddActivationFeeAsync(
        long invoiceId, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch) =>
        Answer(response, await InvoicesApi.Invoice(cluster, me, invoiceId).AddActivationFeeAsync(ifMatch.Version));

    /// <summary>Adds the customer's monthly monitoring rate once per invoice (quotes too).</summary>
    public static async Task<Ok<ButtonResponse>> AddMonitoringAsync(
        long invoiceId, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch) =>
        Answer(response, await InvoicesApi.Invoice(cluster, me, invoiceId).AddMonitoringAsync(ifMatch.Version));

    /// <summary>Applies credit from a credit memo; the required Idempotency-Key makes a repeat (even after a crash) apply it once.</summary>
    public static async Task<Results<Ok<InvoiceResponse>, ProblemHttpResult>> ApplyCreditAsync(
        long invoiceId, ApplyCreditRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var memo = errors.Required(request.CreditMemoId, "creditMemoId");
        var amount = errors.Required(request.Amount, "amount");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var operation = Payments.PaymentsApi.OperationId(me, http);
        return InvoicesApi.Answer(http.Response, await InvoicesApi.Invoice(cluster, me, invoiceId).ApplyCreditMemoAsync(operation, memo, amount, ifMatch.Version));
    }

    private static Ok<ButtonResponse> Answer(HttpResponse response, LinesAdded added)
    {
        ETags.Set(response, added.Invoice.Version);
        return TypedResults.Ok(ButtonResponse.From(added));
    }
}
