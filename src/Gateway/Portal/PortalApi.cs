using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Idempotency;
using SecurityTrax.Gateway.Payments;
using SecurityTrax.Invoices;
using SecurityTrax.Payments;
using SecurityTrax.Portal;
using SecurityTrax.Tenants;

namespace SecurityTrax.Gateway.Portal;

/// <summary>
/// The customer payment portal's API: no staff sign-in, the pay link's token in the address is the only key, and every
/// answer is about that link's customer (or invoice) alone. A payment here is an ordinary payment with source <c>portal</c>.
/// </summary>
public static class PortalApi
{
    public const string Path = "/api/v1/portal/{company}/{token}";

    public static IEndpointRouteBuilder MapPortalApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup(Path).WithTags("Portal").AllowAnonymous();
        group.MapGet("", GetAsync).WithName("GetPortal")
            .WithSummary("The company, the open invoices, recent payments and the balance a pay link shows (410 once expired or revoked).");
        group.MapGet("/logo", LogoAsync).WithName("GetPortalLogo").WithSummary("The company's logo, as its documents print it.").Produces<Stream>(StatusCodes.Status200OK, "image/png", "image/jpeg");
        group.MapGet("/invoices/{invoiceId:long}/pdf", PdfAsync).WithName("GetPortalInvoicePdf").WithSummary("The PDF of an invoice the link covers, as the office prints it.")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf");
        group.MapGet("/payments/{paymentId:long}", PaymentAsync).WithName("GetPortalPayment").WithSummary("A receipt of a payment of the link's customer.");
        group.MapPost("/payments", PayAsync).RequireIdempotencyKey().WithName("PayInPortal")
            .WithSummary("Pays open invoices of the link's customer with a payment method from the processor's form; one payment per Idempotency-Key.");
        return routes;
    }

    public static async Task<Results<Ok<PortalResponse>, ProblemHttpResult>> GetAsync(string company, string token, IClusterClient cluster, HttpContext http)
    {
        if (PortalLink.Enter(cluster, http, company, token) is not { } link)
        {
            return Refused(PayLinkStatus.Unknown);
        }

        var scope = await link.OpenAsync();
        if (!scope.IsActive)
        {
            return Refused(scope.Status);
        }

        var settings = await cluster.GetGrain<ITenantSettingsGrain>(GrainKeys.For(company, ITenantSettingsGrain.Id)).GetAsync();
        var profile = await cluster.GetGrain<ICompanyProfileGrain>(GrainKeys.For(company, ICompanyProfileGrain.Id)).GetAsync();
        var customer = await cluster.GetGrain<SecurityTrax.Customers.ICustomerGrain>(GrainKeys.For(company, Id(scope.CustomerId))).GetAsync(false);
        var open = await cluster.GetGrain<IInvoiceQueryGrain>(GrainKeys.For(company, IInvoiceQueryGrain.Id))
            .ListAsync(new InvoiceListQuery(InvoiceListFilter.Open, InvoiceType.Invoice, null, null, scope.CustomerId, null, 100));
        var invoices = open.Items.Where(i => i.Due > 0 && scope.Covers(i.CustomerId, i.Id)).Select(PortalInvoiceResponse.From).ToArray();
        var payments = scope.InvoiceId is null
            ? (await cluster.GetGrain<IPaymentQueryGrain>(GrainKeys.For(company, IPaymentQueryGrain.Id))
                .ListAsync(new PaymentListQuery(null, null, null, null, scope.CustomerId, null, 10))).Items.Select(PortalPaymentResponse.From).ToArray()
            : [];
        var companyResponse = new PortalCompanyResponse(
            profile.LegalName ?? settings.CompanyName, profile.Address?.ToString(), profile.Phone, profile.Email, profile.Website, profile.LogoContentType is not null);
        var checkout = await link.CheckoutAsync();
        return TypedResults.Ok(new PortalResponse(
            companyResponse, customer.DisplayName, scope.InvoiceId, scope.ExpiresAt!.Value, invoices.Sum(i => i.Due), invoices, payments,
            checkout.Processor, checkout.PublishableKey));
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> LogoAsync(string company, string token, IClusterClient cluster, HttpContext http)
    {
        if (await OpenAsync(cluster, http, company, token) is { IsActive: false } scope)
        {
            return Refused(scope.Status);
        }

        var logo = await cluster.GetGrain<ICompanyProfileGrain>(GrainKeys.For(company, ICompanyProfileGrain.Id)).GetLogoAsync();
        return TypedResults.File(logo.Content, logo.ContentType);
    }

    /// <summary>The invoice's PDF, as the office prints it; only an invoice the link covers.</summary>
    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> PdfAsync(
        string company, string token, long invoiceId, IClusterClient cluster, HttpContext http)
    {
        var scope = await OpenAsync(cluster, http, company, token);
        if (!scope.IsActive)
        {
            return Refused(scope.Status);
        }

        var invoice = await cluster.GetGrain<IInvoiceGrain>(GrainKeys.For(company, InvoiceKeys.Id(invoiceId))).GetAsync();
        if (invoice.Type != InvoiceType.Invoice || !scope.Covers(invoice.CustomerId, invoiceId))
        {
            return NotFound($"Invoice {invoiceId}");
        }

        var pdf = await cluster.GetGrain<IInvoicePrintGrain>(GrainKeys.For(company, IInvoicePrintGrain.Id)).RenderPdfAsync(invoiceId);
        return TypedResults.File(pdf.Content, pdf.ContentType, pdf.FileName);
    }

    public static async Task<Results<Ok<PortalPaymentResponse>, ProblemHttpResult>> PaymentAsync(
        string company, string token, long paymentId, IClusterClient cluster, HttpContext http)
    {
        var scope = await OpenAsync(cluster, http, company, token);
        if (!scope.IsActive)
        {
            return Refused(scope.Status);
        }

        var grain = cluster.GetGrain<IPaymentGrain>(GrainKeys.For(company, PaymentKeys.Id(paymentId)));
        var payment = await grain.GetAsync();
        var covered = payment.CustomerId == scope.CustomerId
            && (scope.InvoiceId is null || payment.Applications.Any(a => a.InvoiceId == scope.InvoiceId) || payment.Status == PaymentStatus.Processing);
        if (!covered)
        {
            return NotFound($"Payment {paymentId}");
        }

        // Back from the browser's confirmation: the processor is asked now rather than at the next webhook or reminder.
        if (payment.Status == PaymentStatus.Processing && payment.Processor == StripeProcessorName)
        {
            payment = await grain.ResumeAsync();
        }

        return TypedResults.Ok(PortalPaymentResponse.From(payment));
    }

    /// <summary>The grain checks the link, the invoices it may pay and their dues; the key makes a retry answer the same payment.</summary>
    public static async Task<Results<Created<PortalPaymentResponse>, ProblemHttpResult>> PayAsync(
        string company, string token, PortalPayRequest request, IClusterClient cluster, HttpContext http)
    {
        var key = http.Request.Headers[IdempotencyMiddleware.Header].ToString();
        if (key.Length == 0)
        {
            return TypedResults.Problem(IdempotencyMiddleware.KeyRequired());
        }

        var errors = new RequestErrors();
        var applications = (request.Applications ?? []).Select((a, i) =>
            new ApplicationRequest(errors.Required(a?.InvoiceId, $"applications[{i}].invoiceId"), errors.Required(a?.Amount, $"applications[{i}].amount"))).ToArray();
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        if (PortalLink.Enter(cluster, http, company, token) is not { } link)
        {
            return Refused(PayLinkStatus.Unknown);
        }

        var payment = await link.PayAsync(key, new PortalPayment(request.Token, applications, request.SaveMethod ?? false, request.MakeDefault ?? false));
        return TypedResults.Created($"{http.Request.Path}/{payment.Id}", PortalPaymentResponse.From(payment));
    }

    // Not async: the caller the link sets must stay in the handler's request context for the calls that follow.
    private static Task<PayLinkScope> OpenAsync(IClusterClient cluster, HttpContext http, string company, string token) =>
        PortalLink.Enter(cluster, http, company, token) is { } link ? link.OpenAsync() : Task.FromResult(PayLinkScope.Unknown);

    private static ProblemHttpResult Refused(PayLinkStatus status)
    {
        var (code, title, detail) = PortalLink.Refusal(status);
        return TypedResults.Problem(ErrorResponses.Problem(code, code == StatusCodes.Status410Gone ? ProblemTypes.Gone : ProblemTypes.NotFound, title, detail));
    }

    private static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(ErrorResponses.Problem(StatusCodes.Status404NotFound, ProblemTypes.NotFound, "Not found", $"{what} is not found."));

    private const string StripeProcessorName = "stripe";

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
