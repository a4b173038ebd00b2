using SecurityTrax.Identity;

namespace SecurityTrax.Messages;

/// <summary>Phone numbers that replied STOP to a tenant's texts; key <c>{tenant}/sms-opt-out</c>.</summary>
[Alias("SecurityTrax.ISmsOptOutGrain")]
public interface ISmsOptOutGrain : ITenantGrain
{
    public const string Id = "sms-opt-out";

    [Alias("IsOptedOut")]
    Task<bool> IsOptedOutAsync(string phone);

    /// <summary>
    /// Reads an inbound text: STOP-like keywords opt the number out, START-like ones opt it back in. A text whose
    /// <paramref name="messageSid"/> was read recently is a replay (Twilio signs no timestamp) and changes nothing.
    /// </summary>
    [Alias("RecordInboundReply")]
    Task<bool?> RecordReplyAsync(string phone, string body, string? messageSid);
}
