using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Gateway.Messages;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;
using SecurityTrax.Sequences;

namespace SecurityTrax.Gateway.Invoices;

/// <summary>An invoice, quote or credit memo printed (HTML, PDF) and emailed; the silo renders, the gateway only relays.</summary>
public static class InvoicePrintApi
{
    public static IEndpointRouteBuilder MapInvoicePrintApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/invoices/{invoiceId:long}").WithTags("Invoices");
        group.MapGet("/print", PrintAsync).RequireGrant(InvoicesApi.Resource, Grants.View).WithName("PrintInvoice")
            .Produces<string>(StatusCodes.Status200OK, "text/html");
        group.MapGet("/pdf", PdfAsync).RequireGrant(InvoicesApi.Resource, Grants.View).WithName("GetInvoicePdf")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf");
        group.MapPost("/email", EmailAsync).RequireGrant(InvoicesApi.Resource, Grants.View).RequireGrant(Grants.MessagesSend)
            .WithIdempotencyKey().WithName("EmailInvoice");
        return routes;
    }

    /// <summary>A printer-friendly HTML page: company, customer, lines, totals and terms.</summary>
    public static async Task<ContentHttpResult> PrintAsync(long invoiceId, IClusterClient cluster, CurrentUser me) =>
        TypedResults.Content(await Printer(cluster, me).RenderHtmlAsync(invoiceId), "text/html; charset=utf-8");

    /// <summary>The PDF, offered as invoice-1001.pdf, quote-1002.pdf or credit-memo-1003.pdf.</summary>
    public static async Task<FileContentHttpResult> PdfAsync(long invoiceId, IClusterClient cluster, CurrentUser me)
    {
        var pdf = await Printer(cluster, me).RenderPdfAsync(invoiceId);
        return TypedResults.File(pdf.Content, pdf.ContentType, pdf.FileName);
    }

    /// <summary>
    /// Emails the document with its PDF attached (system template invoice_email). With an Idempotency-Key the message id
    /// comes from the key, so a repeat — even after a crash — sends once. Void documents answer 409.
    /// </summary>
    public static async Task<Created<MessageResponse>> EmailAsync(
        long invoiceId, EmailInvoiceRequest? request, IClusterClient cluster, CurrentUser me, HttpContext http)
    {
        var key = http.Request.Headers[IdempotencyMiddleware.Header].ToString();
        var suffix = key.Length > 0
            ? Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{me.UserId}:{key}")))[..16]
            : "m" + (await cluster.GetGrain<ISequenceGrain>(me.Key(SequenceKinds.GrainId(SequenceKinds.Message))).NextAsync()).ToString(CultureInfo.InvariantCulture);
        var messageId = string.Create(CultureInfo.InvariantCulture, $"i{invoiceId}-{suffix}");
        var message = await Printer(cluster, me).EmailAsync(invoiceId, messageId, request?.To);
        return TypedResults.Created($"/api/v1/messages/{message.Number}", MessageResponse.From(message));
    }

    private static IInvoicePrintGrain Printer(IClusterClient cluster, CurrentUser me) =>
        cluster.GetGrain<IInvoicePrintGrain>(me.Key(IInvoicePrintGrain.Id));
}
