using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Customers;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Invoices;
using SecurityTrax.Gateway.Payments;
using SecurityTrax.Identity;
using SecurityTrax.Portal;

namespace SecurityTrax.Gateway.Portal;

/// <summary>
/// Pay links the office hands to a customer (email, SMS): made with <c>payments.create</c>, listed with
/// <c>payments.view</c>, revoked with <c>payments.modify</c> — a link asks for money, so it takes the payments grants.
/// </summary>
public static class PayLinksApi
{
    public static IEndpointRouteBuilder MapPayLinksApi(this IEndpointRouteBuilder routes)
    {
        var customer = routes.MapGroup("/api/v1/customers/{id:long}/pay-links").WithTags("Pay links");
        customer.MapPost("", CreateAsync).RequireGrant(PaymentsApi.Resource, Grants.Create).WithName("CreatePayLink")
            .WithSummary("A link to the customer's payment portal (open invoices, payments, balance); its url is answered only here.");
        customer.MapGet("", ListAsync).RequireGrant(PaymentsApi.Resource, Grants.View).WithName("ListPayLinks")
            .WithSummary("The customer's pay links, newest first, with their status; the ETag is the version of the list (If-Match of revoke).");
        customer.MapDelete("/{number:int}", RevokeAsync).RequireGrant(PaymentsApi.Resource, Grants.Modify).WithName("RevokePayLink")
            .WithSummary("Revokes a pay link: it never opens the portal again (If-Match: the list's ETag).");
        routes.MapPost("/api/v1/invoices/{invoiceId:long}/pay-links", CreateForInvoiceAsync).WithTags("Pay links")
            .RequireGrant(PaymentsApi.Resource, Grants.Create).WithName("CreateInvoicePayLink")
            .WithSummary("A link that pays this one open invoice; its url is answered only here.");
        return routes;
    }

    public static async Task<Created<PayLinkResponse>> CreateAsync(
        long id, CreatePayLinkRequest? request, IClusterClient cluster, CurrentUser me, HttpRequest http) =>
        Answer(http, me, await Links(cluster, me, id).CreateAsync(new NewPayLink(null, request?.ExpiresAt)));

    public static async Task<Created<PayLinkResponse>> CreateForInvoiceAsync(
        long invoiceId, CreatePayLinkRequest? request, IClusterClient cluster, CurrentUser me, HttpRequest http)
    {
        var invoice = await InvoicesApi.Invoice(cluster, me, invoiceId).GetAsync();
        return Answer(http, me, await Links(cluster, me, invoice.CustomerId).CreateAsync(new NewPayLink(invoiceId, request?.ExpiresAt)));
    }

    public static async Task<Ok<PayLinkResponse[]>> ListAsync(long id, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        await CustomersApi.Customer(cluster, me, id).GetAsync(false);
        var links = await Links(cluster, me, id).ListAsync();
        if (links.Length > 0)
        {
            ETags.Set(response, links[0].Version);
        }

        return TypedResults.Ok(links.Select(l => PayLinkResponse.From(l)).ToArray());
    }

    public static async Task<Ok<PayLinkResponse>> RevokeAsync(
        long id, int number, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var revoked = await Links(cluster, me, id).RevokeAsync(number, ifMatch.Version);
        ETags.Set(response, revoked.Version);
        return TypedResults.Ok(PayLinkResponse.From(revoked));
    }

    /// <summary>The address a subscriber opens: the company's portal with the link's token.</summary>
    public static string Url(HttpRequest request, string tenant, string token) => $"{request.Scheme}://{request.Host}/portal/{tenant}/{token}";

    private static Created<PayLinkResponse> Answer(HttpRequest http, CurrentUser me, IssuedPayLink issued)
    {
        ETags.Set(http.HttpContext.Response, issued.Link.Version);
        return TypedResults.Created(
            $"/api/v1/customers/{issued.Link.CustomerId}/pay-links", PayLinkResponse.From(issued.Link, Url(http, me.Tenant, issued.Token)));
    }

    private static ICustomerPayLinksGrain Links(IClusterClient cluster, CurrentUser me, long customerId) =>
        cluster.GetGrain<ICustomerPayLinksGrain>(me.Key(customerId.ToString(CultureInfo.InvariantCulture)));
}
