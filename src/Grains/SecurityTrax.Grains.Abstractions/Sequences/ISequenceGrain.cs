using SecurityTrax.Identity;

namespace SecurityTrax.Sequences;

/// <summary>Hands out a tenant's numbers of one kind (customer 1042, invoice 5311); key <c>{tenant}/seq-{kind}</c>.</summary>
/// <remarks>Numbers are reserved in stored blocks, so a crash leaves a gap but never hands a number out twice.</remarks>
[Alias("SecurityTrax.ISequenceGrain")]
public interface ISequenceGrain : ITenantGrain
{
    [Alias("Next")]
    Task<long> NextAsync();
}
