using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Gateway.Invoices;
using SecurityTrax.Identity;
using SecurityTrax.RecurringInvoices;
using SecurityTrax.Sequences;
using SecurityTrax.Gateway.Payments;

namespace SecurityTrax.Gateway.RecurringInvoices;

/// <summary>Recurring invoices take their own grants (<c>recurring_invoices.*</c>): view, create, modify (resume) and delete.</summary>
public static class RecurringInvoicesApi
{
    public const string Resource = "recurring_invoices";

    public static IEndpointRouteBuilder MapRecurringInvoicesApi(this IEndpointRouteBuilder routes)
    {
        var customer = routes.MapGroup("/api/v1/customers/{id:long}/recurring-invoices").WithTags("Recurring invoices");
        customer.MapGet("", ListAsync).RequireGrant(Resource, Grants.View).WithName("ListRecurringInvoices");
        customer.MapPost("", CreateAsync).RequireGrant(Resource, Grants.Create).WithIdempotencyKey().WithName("CreateRecurringInvoice");
        routes.MapPost("/api/v1/recurring-invoices/preview", PreviewAsync).WithTags("Recurring invoices")
            .RequireGrant(Resource, Grants.View).WithName("PreviewRecurringSchedule");
        var one = routes.MapGroup("/api/v1/recurring-invoices/{recurringId:long}").WithTags("Recurring invoices");
        one.MapGet("", GetAsync).RequireGrant(Resource, Grants.View).WithName("GetRecurringInvoice").WithSummary("One recurring invoice: template, schedule, next date and cycle log.");
        one.MapDelete("", DeleteAsync).RequireGrant(Resource, Grants.Delete).WithName("DeleteRecurringInvoice");
        one.MapPost("/resume", ResumeAsync).RequireGrant(Resource, Grants.Modify).WithName("ResumeRecurringInvoice")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return routes;
    }

    /// <summary>Creates the recurring invoice; its invoices are made at 02:00 company time on each occurrence date.</summary>
    public static async Task<Results<Created<RecurringInvoiceResponse>, ProblemHttpResult>> CreateAsync(
        long id, CreateRecurringInvoiceRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var errors = new RequestErrors();
        var lines = (request.Lines ?? []).Select((l, i) => errors.Required(l, $"lines[{i}]")?.ToInput(errors, $"lines[{i}].")).ToArray();
        var rule = request.ToSchedule().ToRule(errors);
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var input = new RecurringInvoiceInput(
            lines!, request.Term ?? SecurityTrax.Invoices.PaymentTerm.DueOnReceipt, request.PoNumber, rule, request.EmailInvoice ?? false,
            BillingMethodIds.Key(request.BillingMethodId), request.EmailPaymentResult ?? false, request.Note);
        var number = await cluster.GetGrain<ISequenceGrain>(me.Key(SequenceKinds.GrainId(SequenceKinds.RecurringInvoice))).NextAsync();
        var created = await Recurring(cluster, me, number).CreateAsync(id, input);
        ETags.Set(response, created.Version);
        return TypedResults.Created($"/api/v1/recurring-invoices/{created.Id}", RecurringInvoiceResponse.From(created));
    }

    /// <summary>The customer's recurring invoices: id, first sale date, amount, type, next date and remaining count.</summary>
    public static async Task<Ok<RecurringInvoiceSummary[]>> ListAsync(long id, IClusterClient cluster, CurrentUser me)
    {
        // An unknown customer (or another company's) answers 404, not an empty list.
        await Customers.CustomersApi.Customer(cluster, me, id).GetAsync(false);
        return TypedResults.Ok(await Queries(cluster, me).ListForCustomerAsync(id));
    }

    /// <summary>The whole schedule and the final invoice date, checked as on creating; nothing is saved.</summary>
    public static async Task<Results<Ok<SchedulePreviewResponse>, ProblemHttpResult>> PreviewAsync(
        ScheduleRequest request, IClusterClient cluster, CurrentUser me)
    {
        var errors = new RequestErrors();
        var rule = request.ToRule(errors);
        return errors.Any
            ? TypedResults.Problem(errors.ToProblem())
            : TypedResults.Ok(SchedulePreviewResponse.From(await Queries(cluster, me).PreviewAsync(rule)));
    }

    public static async Task<Ok<RecurringInvoiceResponse>> GetAsync(long recurringId, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var details = await Recurring(cluster, me, recurringId).GetAsync();
        ETags.Set(response, details.Version);
        return TypedResults.Ok(RecurringInvoiceResponse.From(details));
    }

    /// <summary>Stops future invoices; the invoices already made stay.</summary>
    public static async Task<NoContent> DeleteAsync(long recurringId, IClusterClient cluster, CurrentUser me, IfMatch ifMatch)
    {
        await Recurring(cluster, me, recurringId).DeleteAsync(ifMatch.Version);
        return TypedResults.NoContent();
    }

    /// <summary>
    /// Starts a recurring invoice that paused itself after repeated failures (409 when it is not paused). Occurrences that
    /// fell due while it was paused are made now, each once; occurrences recorded as failed are not tried again.
    /// </summary>
    public static async Task<Ok<RecurringInvoiceResponse>> ResumeAsync(long recurringId, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var details = await Recurring(cluster, me, recurringId).ResumeAsync(ifMatch.Version);
        ETags.Set(response, details.Version);
        return TypedResults.Ok(RecurringInvoiceResponse.From(details));
    }

    public static IRecurringInvoiceGrain Recurring(IClusterClient cluster, CurrentUser me, long number) =>
        cluster.GetGrain<IRecurringInvoiceGrain>(me.Key(number.ToString(CultureInfo.InvariantCulture)));

    private static IRecurringInvoiceQueryGrain Queries(IClusterClient cluster, CurrentUser me) =>
        cluster.GetGrain<IRecurringInvoiceQueryGrain>(me.Key(IRecurringInvoiceQueryGrain.Id));
}
