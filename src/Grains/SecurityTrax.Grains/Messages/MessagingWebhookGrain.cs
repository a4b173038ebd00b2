using System.Web;
using Orleans.Concurrency;
using SecurityTrax.Messages.Delivery;
using Twilio.Security;

namespace SecurityTrax.Messages;

[StatelessWorker]
public sealed class MessagingWebhookGrain(MessagingOptions options) : Grain, IMessagingWebhookGrain
{
    private string Tenant => GrainKeys.TenantOf(this.GetPrimaryKeyString());

    public async Task<bool> AcceptStatusAsync(string pathAndQuery, Dictionary<string, string> form, string? signature)
    {
        if (!Verified(pathAndQuery, form, signature))
        {
            return false;
        }

        var query = pathAndQuery.IndexOf('?', StringComparison.Ordinal) is var q and >= 0 ? pathAndQuery[(q + 1)..] : "";
        var messageId = HttpUtility.ParseQueryString(query)["message"];
        if (messageId is { Length: > 0 } && form.TryGetValue("MessageSid", out var sid) && form.TryGetValue("MessageStatus", out var status))
        {
            await GrainFactory.GetGrain<IMessageGrain>(GrainKeys.For(Tenant, messageId))
                .RecordDeliveryAsync(sid, status, form.GetValueOrDefault("ErrorCode"));
        }

        return true;
    }

    public async Task<bool> AcceptInboundAsync(string pathAndQuery, Dictionary<string, string> form, string? signature)
    {
        if (!Verified(pathAndQuery, form, signature))
        {
            return false;
        }

        if (form.TryGetValue("From", out var from) && form.TryGetValue("Body", out var body))
        {
            await GrainFactory.GetGrain<ISmsOptOutGrain>(GrainKeys.For(Tenant, ISmsOptOutGrain.Id)).RecordReplyAsync(from, body);
        }

        return true;
    }

    private bool Verified(string pathAndQuery, Dictionary<string, string> form, string? signature) =>
        !string.IsNullOrEmpty(options.Twilio.AuthToken)
        && !string.IsNullOrEmpty(options.Twilio.CallbackBaseUrl)
        && !string.IsNullOrEmpty(signature)
        && new RequestValidator(options.Twilio.AuthToken).Validate(options.Twilio.CallbackBaseUrl.TrimEnd('/') + pathAndQuery, form, signature);
}
