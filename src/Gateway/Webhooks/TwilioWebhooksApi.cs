using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.OpenApi;
using SecurityTrax.Identity;
using SecurityTrax.Messages;

namespace SecurityTrax.Gateway.Webhooks;

/// <summary>Twilio's callbacks: delivery reports and inbound texts, one endpoint per tenant.</summary>
/// <remarks>The tenant comes from the URL and is trusted only because the silo verifies Twilio's signature.</remarks>
public static class TwilioWebhooksApi
{
    /// <summary>Twilio's callbacks are a few hundred bytes (an inbound text at most 1,600 characters and media links).</summary>
    private const int MaxPayload = 64 * 1024;

    private const string Unverified = "Twilio signs each callback with the auth token of this address's company; this one does not verify (or is not a form post).";

    private const string Twiml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>";

    private const string Refusal = "A signature that does not verify, a body that is not a form, or an address of no company (one answer).";

    private const string Oversize = "The body is over 64 KiB, with or without Content-Length.";

    public static IEndpointRouteBuilder MapTwilioWebhooksApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/webhooks/twilio/{tenant}").WithTags("Webhooks").AllowAnonymous().DisableAntiforgery();
        group.MapPost("/status", StatusAsync).WithName("TwilioStatusCallback").AnswersProblem(StatusCodes.Status403Forbidden, Refusal).AnswersProblem(StatusCodes.Status413PayloadTooLarge, Oversize).WithSummary("Twilio's delivery status callback (form post signed by Twilio; not for API clients); 403 for a bad signature, a body that is not a form or an address of no company alike, 413 over 64 KiB.");
        group.MapPost("/inbound", InboundAsync).WithName("TwilioInboundMessage").AnswersProblem(StatusCodes.Status403Forbidden, Refusal).AnswersProblem(StatusCodes.Status413PayloadTooLarge, Oversize)
            .Produces<string>(StatusCodes.Status200OK, "application/xml").WithSummary("Twilio's inbound SMS webhook (form post signed by Twilio; not for API clients); answers empty TwiML.");
        return routes;
    }

    // 204 when accepted; 403 for a signature that does not verify, a body that is not a form, or an address of no company (one answer); 413 over 64 KiB.
    public static async Task<Results<NoContent, ProblemHttpResult>> StatusAsync(string tenant, HttpRequest request, IClusterClient cluster)
    {
        var call = await ReadAsync(tenant, request, cluster);
        if (call.TooLarge)
        {
            return WebhookProblems.TooLarge(MaxPayload);
        }

        return call.Form is { } form && await Webhooks(cluster, tenant).AcceptStatusAsync(call.PathAndQuery, form, call.Signature)
            ? TypedResults.NoContent()
            : WebhookProblems.Refused(StatusCodes.Status403Forbidden, Unverified);
    }

    // Empty TwiML when accepted; otherwise as StatusAsync.
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> InboundAsync(string tenant, HttpRequest request, IClusterClient cluster)
    {
        var call = await ReadAsync(tenant, request, cluster);
        if (call.TooLarge)
        {
            return WebhookProblems.TooLarge(MaxPayload);
        }

        return call.Form is { } form && await Webhooks(cluster, tenant).AcceptInboundAsync(call.PathAndQuery, form, call.Signature)
            ? TypedResults.Content(Twiml, "application/xml")
            : WebhookProblems.Refused(StatusCodes.Status403Forbidden, Unverified);
    }

    /// <summary>A callback as read: no form when the company is unknown or the body is not a form (both then fail like a bad signature).</summary>
    private sealed record Call(bool TooLarge, string PathAndQuery, Dictionary<string, string>? Form, string? Signature);

    private static async Task<Call> ReadAsync(string tenant, HttpRequest request, IClusterClient cluster)
    {
        var pathAndQuery = request.PathBase + request.Path + request.QueryString;
        var signature = request.Headers["X-Twilio-Signature"].FirstOrDefault();
        if (await WebhookRequests.ReadBoundedAsync(request, MaxPayload) is not { } body)
        {
            return new Call(true, pathAndQuery, null, signature);
        }

        if (!request.HasFormContentType || !await WebhookRequests.IsKnownTenantAsync(cluster, tenant))
        {
            return new Call(false, pathAndQuery, null, signature);
        }

        try
        {
            using var reader = new FormReader(Encoding.UTF8.GetString(body));
            var form = await reader.ReadFormAsync();
            return new Call(false, pathAndQuery, form.ToDictionary(f => f.Key, f => f.Value.ToString(), StringComparer.Ordinal), signature);
        }
        catch (InvalidDataException)
        {
            // Past the reader's limits (fields, key length): no callback of Twilio's looks like that.
            return new Call(false, pathAndQuery, null, signature);
        }
    }

    private static IMessagingWebhookGrain Webhooks(IClusterClient cluster, string tenant)
    {
        // Set here, not in an async helper: a request-context value set inside an awaited method does not flow back out.
        CallerContext.Set(Caller.System(tenant, ChangeSources.Integration));
        return cluster.GetGrain<IMessagingWebhookGrain>(GrainKeys.For(tenant, IMessagingWebhookGrain.Id));
    }
}
