using SecurityTrax.Identity;

namespace SecurityTrax.Portal;

/// <summary>A customer's pay links, key <c>{tenant}/{customerId}</c>: made, listed and revoked by the office, each in the customer's history.</summary>
[Alias("SecurityTrax.ICustomerPayLinksGrain")]
public interface ICustomerPayLinksGrain : ITenantGrain
{
    /// <summary>The longest a link may live.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(180);

    /// <summary>How long a link lives when no expiry is asked for.</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromDays(30);

    [Alias("Create")]
    Task<IssuedPayLink> CreateAsync(NewPayLink link);

    [Alias("List")]
    Task<PayLinkDetails[]> ListAsync();

    /// <summary>Revokes link <paramref name="number"/> as of the pay links' version; it never opens again.</summary>
    [Alias("Revoke")]
    Task<PayLinkDetails> RevokeAsync(int number, int? expectedVersion);

    /// <summary>Whether link <paramref name="number"/> is still active, and what it opens.</summary>
    [Alias("Check")]
    Task<PayLinkScope> CheckAsync(int number);
}
