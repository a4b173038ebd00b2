using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>Bulk print for mailing by post: many documents as one PDF or a ZIP of PDFs, streamed as the silo writes it.</summary>
public static class InvoiceBatchPrintApi
{
    public static IEndpointRouteBuilder MapInvoiceBatchPrintApi(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/invoices/print", PrintAsync).WithTags("Invoices").RequireGrant(InvoicesApi.Resource, Grants.View)
            .WithName("PrintInvoices")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf", "application/zip");
        return routes;
    }

    /// <summary>
    /// The documents the invoice list's filters match (sale dates yyyy-MM-dd, from inclusive, to exclusive; customer;
    /// status; type), newest sale date first: <c>format=pdf</c> (default) one PDF, each document from a new page, or
    /// <c>format=zip</c> one PDF per document. None, or more than the platform's limit, answers 400 before anything is sent.
    /// </summary>
    public static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> PrintAsync(
        IClusterClient cluster, CurrentUser me, string? format, string? status, string? type, string? from, string? to, long? customerId)
    {
        var errors = new RequestErrors();
        var filter = InvoicesApi.Filter(status, type, from, to, customerId, errors);
        var kind = InvoicesApi.Parse<BatchPrintFormat>(format, errors, "format", "pdf or zip") ?? BatchPrintFormat.Pdf;
        if (filter is { From: { } start, To: { } end } && end <= start)
        {
            errors.Add("to", "Must be after from (to is exclusive).");
        }

        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var printer = cluster.GetGrain<IInvoiceBatchPrintGrain>(me.Key(IInvoiceBatchPrintGrain.IdPrefix + Guid.NewGuid().ToString("N")));
        await printer.CheckAsync(filter);
        var (contentType, fileName) = kind == BatchPrintFormat.Zip ? ("application/zip", "invoices.zip") : ("application/pdf", "invoices.pdf");
        return TypedResults.Stream(async body =>
        {
            // One chunk (about one document) at a time, so neither the gateway nor the silo holds the whole file.
            await foreach (var chunk in printer.PrintAsync(filter, kind).WithBatchSize(1))
            {
                await body.WriteAsync(chunk);
            }
        }, contentType, fileName);
    }
}
