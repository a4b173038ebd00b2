using System.Web;
using Orleans.Concurrency;
using SecurityTrax.Integrations;
using SecurityTrax.Messages.Delivery;
using Twilio.Security;

namespace SecurityTrax.Messages;

[StatelessWorker]
public sealed class MessagingWebhookGrain(MessagingOptions options) : Grain, IMessagingWebhookGrain
{
    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    public async Task<bool> AcceptStatusAsync(string pathAndQuery, Dictionary<string, string> form, string? signature)
    {
        if (!await VerifiedAsync(pathAndQuery, form, signature))
        {
            return false;
        }

        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? pathAndQuery[(q + 1)..] : "";
        // The ids we put in callback addresses are numbers and "dunning-1-2-sms"-like names; anything else names no message of ours.
        var messageId = HttpUtility.ParseQueryString(query)["message"];
        if (messageId is { Length: > 0 and <= 100 } && messageId.All(c => char.IsAsciiLetterOrDigit(c) || c == '-')
            && form.TryGetValue("MessageSid", out var sid) && form.TryGetValue("MessageStatus", out var status))
        {
            await GrainFactory.GetGrain<IMessageGrain>(GrainKeys.For(Tenant, messageId))
                .RecordDeliveryAsync(sid, status, form.GetValueOrDefault("ErrorCode"));
        }

        return true;
    }

    public async Task<bool> AcceptInboundAsync(string pathAndQuery, Dictionary<string, string> form, string? signature)
    {
        if (!await VerifiedAsync(pathAndQuery, form, signature))
        {
            return false;
        }

        if (form.TryGetValue("From", out var from) && form.TryGetValue("Body", out var body))
        {
            await GrainFactory.GetGrain<ISmsOptOutGrain>(GrainKeys.For(Tenant, ISmsOptOutGrain.Id)).RecordReplyAsync(from, body, form.GetValueOrDefault("MessageSid"));
        }

        return true;
    }

    /// <summary>Checked with the company's own auth token when it has a Twilio account, else with the platform's.</summary>
    private async Task<bool> VerifiedAsync(string pathAndQuery, Dictionary<string, string> form, string? signature)
    {
        if (string.IsNullOrEmpty(options.Twilio.CallbackBaseUrl) || string.IsNullOrEmpty(signature))
        {
            return false;
        }

        var credentials = await GrainFactory.GetGrain<IIntegrationSecretsGrain>(GrainKeys.For(Tenant, IIntegrationSettingsGrain.Id)).GetMessagingAsync();
        var token = credentials.Twilio?.AuthToken ?? options.Twilio.AuthToken;
        return !string.IsNullOrEmpty(token)
            && new RequestValidator(token).Validate(options.Twilio.CallbackBaseUrl.TrimEnd('/') + pathAndQuery, form, signature);
    }
}
