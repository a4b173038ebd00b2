using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Identity;
using SecurityTrax.Messages;

namespace SecurityTrax.Gateway.Webhooks;

/// <summary>Twilio's callbacks: delivery reports and inbound texts, one endpoint per tenant.</summary>
/// <remarks>The tenant comes from the URL and is trusted only because the silo verifies Twilio's signature.</remarks>
public static class TwilioWebhooksApi
{
    private const string Twiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    public static IEndpointRouteBuilder MapTwilioWebhooksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/webhooks/twilio/{tenant}").WithTags("Webhooks").AllowAnonymous().DisableAntiforgery();
        group.MapPost("/status", StatusAsync).WithName("TwilioStatusCallback").WithSummary("Twilio's delivery status callback (form post signed by Twilio; not for API clients).");
        group.MapPost("/inbound", InboundAsync).WithName("TwilioInboundMessage")
            .Produces<string>(StatusCodes.Status200OK, "application/xml").WithSummary("Twilio's inbound SMS webhook (form post signed by Twilio; not for API clients); answers empty TwiML.");
        return routes;
    }

    public static async Task<Results<NoContent, ForbidHttpResult, NotFound>> StatusAsync(string tenant, HttpRequest request, IClusterClient cluster)
    {
        if (await ReadAsync(tenant, request) is not { } call)
        {
            return TypedResults.NotFound();
        }

        return await Webhooks(cluster, tenant).AcceptStatusAsync(call.PathAndQuery, call.Form, call.Signature)
            ? TypedResults.NoContent()
            : TypedResults.Forbid();
    }

    public static async Task<Results<ContentHttpResult, ForbidHttpResult, NotFound>> InboundAsync(string tenant, HttpRequest request, IClusterClient cluster)
    {
        if (await ReadAsync(tenant, request) is not { } call)
        {
            return TypedResults.NotFound();
        }

        return await Webhooks(cluster, tenant).AcceptInboundAsync(call.PathAndQuery, call.Form, call.Signature)
            ? TypedResults.Content(Twiml, "application/xml")
            : TypedResults.Forbid();
    }

    private sealed record Call(string PathAndQuery, Dictionary<string, string> Form, string? Signature);

    private static async Task<Call?> ReadAsync(string tenant, HttpRequest request)
    {
        if (!TenantSlug.IsValid(tenant) || !request.HasFormContentType)
        {
            return null;
        }

        var form = await request.ReadFormAsync();
        return new Call(
            request.PathBase + request.Path + request.QueryString,
            form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal),
            request.Headers["X-Twilio-Signature"].FirstOrDefault());
    }

    private static IMessagingWebhookGrain Webhooks(IClusterClient cluster, string tenant)
    {
        // Set here, not in an async helper: a request-context value set inside an awaited method does not flow back out.
        CallerContext.Set(Caller.System(tenant, ChangeSources.Integration));
        return cluster.GetGrain<IMessagingWebhookGrain>(GrainKeys.For(tenant, IMessagingWebhookGrain.Id));
    }
}
