using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Gateway.Tickets;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;
using SecurityTrax.Sequences;

namespace SecurityTrax.Gateway.Invoices;

public static class InvoicesApi
{
    public const string Resource = "invoices";

    public static IEndpointRouteBuilder MapInvoicesApi(this IEndpointRouteBuilder routes)
    {
        var customer = routes.MapGroup("/api/v1/customers/{id:long}/invoices").WithTags("Invoices");
        customer.MapGet("", ListForCustomerAsync).RequireGrant(Resource, Grants.View).WithName("ListCustomerInvoices");
        customer.MapPost("", CreateAsync).RequireGrant(Resource, Grants.Create).WithIdempotencyKey().WithName("CreateInvoice");
        routes.MapGet("/api/v1/invoices", ListAsync).WithTags("Invoices").RequireGrant(Resource, Grants.View).WithName("ListInvoices");
        var group = routes.MapGroup("/api/v1/invoices/{invoiceId:long}").WithTags("Invoices");
        group.MapGet("", GetAsync).RequireGrant(Resource, Grants.View).WithName("GetInvoice").WithSummary("One invoice, quote or credit memo with lines, totals and applications, and its ETag.");
        group.MapGet("/printout", PrintoutAsync).RequireGrant(Resource, Grants.View).WithName("GetInvoicePrintout");
        group.MapPut("", UpdateAsync).RequireGrant(Resource, Grants.Modify).WithName("UpdateInvoice").WithSummary("Replaces the invoice's header: sale date, term, PO number and note.");
        group.MapDelete("", DeleteAsync).RequireGrant(Resource, Grants.Delete).WithName("DeleteInvoice");
        group.MapPost("/void", VoidAsync).RequireGrant(Resource, Grants.Delete).WithName("VoidInvoice");
        group.MapPost("/convert", ConvertAsync).RequireGrant(Resource, Grants.Create).WithIdempotencyKey().WithName("ConvertQuote");
        return routes;
    }

    /// <summary>A new invoice, quote or credit memo on a lead or customer, with its lines.</summary>
    public static async Task<Results<Created<InvoiceResponse>, ProblemHttpResult>> CreateAsync(
        long id, CreateInvoiceRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var errors = new RequestErrors();
        var header = new InvoiceHeader(NotesApi.ParseDate(request.SaleDate, errors, "saleDate"), request.Term ?? PaymentTerm.DueOnReceipt, request.PoNumber, request.Note);
        var lines = (request.Lines ?? []).Select((l, i) => errors.Required(l, $"lines[{i}]")?.ToInput(errors, $"lines[{i}].")).ToArray();
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var number = await cluster.GetGrain<ISequenceGrain>(me.Key(SequenceKinds.GrainId(InvoiceKeys.Sequence))).NextAsync();
        var created = await Invoice(cluster, me, number).CreateAsync(id, request.Type ?? InvoiceType.Invoice, header, lines!);
        ETags.Set(response, created.Version);
        return TypedResults.Created($"/api/v1/invoices/{created.Id}", InvoiceResponse.From(created));
    }

    /// <summary>The customer's invoices, quotes and credit memos, newest sale date first.</summary>
    public static async Task<Results<Ok<InvoiceListResponse>, ProblemHttpResult>> ListForCustomerAsync(
        long id, IClusterClient cluster, CurrentUser me, string? status, string? type, string? cursor, int? limit)
    {
        // An unknown customer (or another company's) answers 404, not an empty list.
        await Customers.CustomersApi.Customer(cluster, me, id).GetAsync(false);
        return await QueryAsync(cluster, me, status, type, null, null, id, cursor, limit);
    }

    /// <summary>The company's invoices: status open, paid, overdue, void or converted; type; sale dates yyyy-MM-dd (from inclusive, to exclusive); customer.</summary>
    public static Task<Results<Ok<InvoiceListResponse>, ProblemHttpResult>> ListAsync(
        IClusterClient cluster, CurrentUser me, string? status, string? type, string? from, string? to, long? customerId, string? cursor, int? limit) =>
        QueryAsync(cluster, me, status, type, from, to, customerId, cursor, limit);

    public static async Task<Ok<InvoiceResponse>> GetAsync(long invoiceId, IClusterClient cluster, CurrentUser me, HttpResponse response) =>
        Answer(response, await Invoice(cluster, me, invoiceId).GetAsync());

    /// <summary>Everything a printout needs: company name, terms in words, customer, lines and totals.</summary>
    public static async Task<Ok<PrintoutResponse>> PrintoutAsync(long invoiceId, IClusterClient cluster, CurrentUser me) =>
        TypedResults.Ok(PrintoutResponse.From(await Invoice(cluster, me, invoiceId).GetPrintoutAsync()));

    public static async Task<Results<Ok<InvoiceResponse>, ProblemHttpResult>> UpdateAsync(
        long invoiceId, InvoiceHeaderRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var header = new InvoiceHeader(NotesApi.ParseDate(request.SaleDate, errors, "saleDate"), request.Term ?? PaymentTerm.DueOnReceipt, request.PoNumber, request.Note);
        var invoice = Invoice(cluster, me, invoiceId);
        if (request.Echoed is not null && await invoice.GetAsync() is { } current && current.Version == ifMatch.Version)
        {
            ReadOnlyMembers.Of(InvoiceResponse.From(current), http).CheckEchoed(request.Echoed, errors);
        }

        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        return Answer(http.Response, await invoice.UpdateHeaderAsync(header, ifMatch.Version));
    }

    /// <summary>Deletes an invoice nothing was applied to (otherwise 409: void it).</summary>
    public static async Task<NoContent> DeleteAsync(long invoiceId, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        await Invoice(cluster, me, invoiceId).DeleteAsync(ifMatch.Version);
        return TypedResults.NoContent();
    }

    /// <summary>Keeps the invoice or credit memo, marked void and never due again.</summary>
    public static async Task<Ok<InvoiceResponse>> VoidAsync(long invoiceId, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        return Answer(http.Response, await Invoice(cluster, me, invoiceId).VoidAsync(ifMatch.Version));
    }

    /// <summary>
    /// Makes an invoice from a quote; the quote stays, linked to it. A quote converted before answers 409 naming its
    /// invoice (<c>invoiceId</c>), never a second 201: nothing was created.
    /// </summary>
    public static async Task<Results<Created<InvoiceResponse>, ProblemHttpResult>> ConvertAsync(
        long invoiceId, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var number = await cluster.GetGrain<ISequenceGrain>(me.Key(SequenceKinds.GrainId(InvoiceKeys.Sequence))).NextAsync();
        var invoice = await Invoice(cluster, me, invoiceId).ConvertQuoteAsync(number, ifMatch.Version);
        // The quote keeps the number it was first converted with: another number means this call made nothing.
        if (invoice.Id != number)
        {
            var problem = ErrorResponses.Problem(StatusCodes.Status409Conflict, ProblemTypes.Conflict, "The quote was converted already.",
                $"Quote {invoiceId} was converted to invoice {invoice.Id} before; nothing was created.");
            problem.Extensions["invoiceId"] = invoice.Id;
            http.Response.Headers.Location = $"/api/v1/invoices/{invoice.Id}";
            return TypedResults.Problem(problem);
        }

        ETags.Set(http.Response, invoice.Version);
        return TypedResults.Created($"/api/v1/invoices/{invoice.Id}", InvoiceResponse.From(invoice));
    }

    public static IInvoiceGrain Invoice(IClusterClient cluster, CurrentUser me, long invoiceId) =>
        cluster.GetGrain<IInvoiceGrain>(me.Key(InvoiceKeys.Id(invoiceId)));

    public static Ok<InvoiceResponse> Answer(HttpResponse response, InvoiceDetails invoice)
    {
        ETags.Set(response, invoice.Version);
        return TypedResults.Ok(InvoiceResponse.From(invoice));
    }

    private static async Task<Results<Ok<InvoiceListResponse>, ProblemHttpResult>> QueryAsync(
        IClusterClient cluster, CurrentUser me, string? status, string? type, string? from, string? to, long? customerId, string? cursor, int? limit)
    {
        var errors = new RequestErrors();
        var query = Filter(status, type, from, to, customerId, errors) with { Cursor = cursor, Limit = limit ?? 50 };
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        return TypedResults.Ok(InvoiceListResponse.From(await cluster.GetGrain<IInvoiceQueryGrain>(me.Key(IInvoiceQueryGrain.Id)).ListAsync(query)));
    }

    /// <summary>The list's filters from the query string; bad values are added to <paramref name="errors"/>.</summary>
    public static InvoiceListQuery Filter(string? status, string? type, string? from, string? to, long? customerId, RequestErrors errors) => new(
        Parse<InvoiceListFilter>(status, errors, "status", "open, paid, overdue, void or converted"),
        Parse<InvoiceType>(type?.Replace("_", "", StringComparison.Ordinal), errors, "type", "invoice, quote or credit_memo"),
        NotesApi.ParseDate(from, errors, "from"), NotesApi.ParseDate(to, errors, "to"), customerId, null, 50);

    public static T? Parse<T>(string? value, RequestErrors errors, string field, string allowed)
        where T : struct, Enum
    {
        if (value is null)
        {
            return null;
        }

        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(value[0]))
        {
            return parsed;
        }

        errors.Add(field, string.Create(CultureInfo.InvariantCulture, $"Use {allowed}."));
        return null;
    }
}
