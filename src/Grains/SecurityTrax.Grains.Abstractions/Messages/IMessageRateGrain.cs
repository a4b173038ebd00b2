using SecurityTrax.Identity;

namespace SecurityTrax.Messages;

/// <summary>A tenant's campaign sending rate; key <c>{tenant}/message-rate</c>.</summary>
[Alias("SecurityTrax.IMessageRateGrain")]
public interface IMessageRateGrain : ITenantGrain
{
    public const string Id = "message-rate";

    /// <summary>Takes up to <paramref name="wanted"/> sends from the tenant's budget; answers how many it may make now.</summary>
    [Alias("Acquire")]
    Task<int> AcquireAsync(int wanted);
}
