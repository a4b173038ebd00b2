using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Identity;
using SecurityTrax.Integrations;

namespace SecurityTrax.Gateway.Integrations;

/// <summary>The company's own SMTP, Twilio and Stripe accounts and HTTP credit bureau account (grant <c>settings.integrations</c>, Admin by default).</summary>
public static class IntegrationSettingsApi
{
    public static IEndpointRouteBuilder MapIntegrationSettingsApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/settings/integrations").WithTags("Settings").RequireGrant(Grants.SettingsIntegrations);
        group.MapGet("", GetAsync).WithName("GetIntegrationSettings");
        group.MapGet("/smtp", async (IClusterClient cluster, CurrentUser me, HttpResponse response) =>
            Provider(response, await Grain(cluster, me).GetAsync(), r => r.Smtp)).WithName("GetSmtpSettings").WithSummary("The company's own SMTP settings (secrets never shown).");
        group.MapGet("/twilio", async (IClusterClient cluster, CurrentUser me, HttpResponse response) =>
            Provider(response, await Grain(cluster, me).GetAsync(), r => r.Twilio)).WithName("GetTwilioSettings").WithSummary("The company's own Twilio settings (secrets never shown).");
        group.MapGet("/stripe", async (IClusterClient cluster, CurrentUser me, HttpResponse response) =>
            Provider(response, await Grain(cluster, me).GetAsync(), r => r.Stripe)).WithName("GetStripeSettings").WithSummary("The company's own Stripe settings (secrets never shown).");
        group.MapGet("/bureau", async (IClusterClient cluster, CurrentUser me, HttpResponse response) =>
            Provider(response, await Grain(cluster, me).GetAsync(), r => r.Bureau)).WithName("GetBureauSettings").WithSummary("The company's own HTTP credit bureau account (the API key never shown).");
        group.MapPut("/smtp", SetSmtpAsync).WithName("SetSmtpSettings").WithSummary("Sets the company's own SMTP account (If-Match: the integration settings' ETag).");
        group.MapPut("/twilio", SetTwilioAsync).WithName("SetTwilioSettings").WithSummary("Sets the company's own Twilio account (If-Match: the integration settings' ETag).");
        group.MapPut("/stripe", SetStripeAsync).WithName("SetStripeSettings").WithSummary("Sets the company's own Stripe account (If-Match: the integration settings' ETag).");
        group.MapPut("/bureau", SetBureauAsync).WithName("SetBureauSettings").WithSummary("Sets the company's HTTP credit bureau account (If-Match: the integration settings' ETag).");
        group.MapDelete("/{provider}", RemoveAsync).WithName("RemoveIntegrationSettings");
        return routes;
    }

    /// <summary>Every provider's settings, secrets masked; a null provider uses the platform's settings.</summary>
    public static async Task<Ok<IntegrationSettingsResponse>> GetAsync(IClusterClient cluster, CurrentUser me, HttpResponse response) =>
        Answer(response, await Grain(cluster, me).GetAsync());

    public static async Task<Results<Ok<IntegrationSettingsResponse>, ProblemHttpResult>> SetSmtpAsync(
        SmtpSettingsRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var input = new SmtpSettingsInput(
            errors.Required(request.Host, "host"), request.Port ?? 587, request.Security ?? "Auto", request.UserName, request.Password,
            errors.Required(request.From, "from"), request.FromName);
        return errors.Any
            ? TypedResults.Problem(errors.ToProblem())
            : Answer(response, await Grain(cluster, me).SetSmtpAsync(input, ifMatch.Version));
    }

    public static async Task<Results<Ok<IntegrationSettingsResponse>, ProblemHttpResult>> SetTwilioAsync(
        TwilioSettingsRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var input = new TwilioSettingsInput(errors.Required(request.AccountSid, "accountSid"), request.AuthToken, errors.Required(request.From, "from"));
        return errors.Any
            ? TypedResults.Problem(errors.ToProblem())
            : Answer(response, await Grain(cluster, me).SetTwilioAsync(input, ifMatch.Version));
    }

    public static async Task<Results<Ok<IntegrationSettingsResponse>, ProblemHttpResult>> SetStripeAsync(
        StripeSettingsRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var input = new StripeSettingsInput(request.SecretKey, errors.Required(request.PublishableKey, "publishableKey"), request.WebhookSigningSecret);
        return errors.Any
            ? TypedResults.Problem(errors.ToProblem())
            : Answer(response, await Grain(cluster, me).SetStripeAsync(input, ifMatch.Version));
    }

    public static async Task<Results<Ok<IntegrationSettingsResponse>, ProblemHttpResult>> SetBureauAsync(
        BureauSettingsRequest request, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var errors = new RequestErrors();
        var input = new BureauSettingsInput(errors.Required(request.BaseUrl, "baseUrl"), errors.Required(request.SubscriberCode, "subscriberCode"), request.ApiKey);
        return errors.Any
            ? TypedResults.Problem(errors.ToProblem())
            : Answer(response, await Grain(cluster, me).SetBureauAsync(input, ifMatch.Version));
    }

    /// <summary>Forgets the company's settings of smtp, twilio, stripe or bureau: the platform's apply again.</summary>
    public static async Task<Results<Ok<IntegrationSettingsResponse>, ProblemHttpResult>> RemoveAsync(
        string provider, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        if (!Enum.TryParse<IntegrationProvider>(provider, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || char.IsAsciiDigit(provider[0]))
        {
            var errors = new RequestErrors();
            errors.Add("provider", "Use smtp, twilio, stripe or bureau.");
            return TypedResults.Problem(errors.ToProblem());
        }

        return Answer(response, await Grain(cluster, me).RemoveAsync(parsed, ifMatch.Version));
    }

    /// <summary>One provider's masked settings, and whether they are the company's own or the platform's.</summary>
    private static Ok<ProviderSettingsResponse<T>> Provider<T>(
        HttpResponse response, IntegrationSettingsDetails details, Func<IntegrationSettingsResponse, T?> pick)
        where T : class
    {
        ETags.Set(response, details.Version);
        return TypedResults.Ok(ProviderSettingsResponse<T>.Of(pick(IntegrationSettingsResponse.From(details))));
    }

    private static Ok<IntegrationSettingsResponse> Answer(HttpResponse response, IntegrationSettingsDetails details)
    {
        ETags.Set(response, details.Version);
        return TypedResults.Ok(IntegrationSettingsResponse.From(details));
    }

    private static IIntegrationSettingsGrain Grain(IClusterClient cluster, CurrentUser me) =>
        cluster.GetGrain<IIntegrationSettingsGrain>(me.Key(IIntegrationSettingsGrain.Id));
}
