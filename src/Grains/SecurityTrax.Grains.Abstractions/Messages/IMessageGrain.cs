using SecurityTrax.Identity;

namespace SecurityTrax.Messages;

/// <summary>One message and its delivery; key <c>{tenant}/{message id}</c>.</summary>
/// <remarks>
/// Sending is at most once per message id: the attempt is stored before the provider is called, so asking
/// again (a retry after a crash, a campaign resuming) never sends a second copy.
/// </remarks>
[Alias("SecurityTrax.IMessageGrain")]
public interface IMessageGrain : ITenantGrain
{
    /// <summary>Creates and sends the message; a message that exists already is returned as it is.</summary>
    [Alias("Send")]
    Task<MessageDetails> SendAsync(SendMessage message);

    [Alias("Get")]
    Task<MessageDetails> GetAsync();

    /// <summary>The message, or null when it was never created (a sender that prepares work for it can skip it then).</summary>
    [Alias("Find")]
    Task<MessageDetails?> FindAsync();

    /// <summary>Delivers a queued message whose retry is due, or marks a stalled attempt as unknown.</summary>
    [Alias("Resume")]
    Task ResumeAsync();

    /// <summary>A delivery report from the provider (Twilio's status callback).</summary>
    [Alias("RecordDelivery")]
    Task RecordDeliveryAsync(string providerMessageId, string providerStatus, string? errorCode);
}
