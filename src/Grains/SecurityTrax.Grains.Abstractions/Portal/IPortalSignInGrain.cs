using Orleans.Concurrency;
using SecurityTrax.Identity;

namespace SecurityTrax.Portal;

/// <summary>
/// Signing in to the portal with a one-time code sent to an email or phone on file, key
/// <c>{tenant}/{PortalSignInKeys.IdOf(address)}</c>. Known and unknown addresses are answered alike and cost the same work.
/// </summary>
[Alias("SecurityTrax.IPortalSignInGrain")]
public interface IPortalSignInGrain : ITenantGrain
{
    /// <summary>The most codes one address gets per <see cref="CodeWindow"/>.</summary>
    public const int CodesPerWindow = 3;

    public const int MaxTries = 5;

    public static readonly TimeSpan CodeWindow = TimeSpan.FromMinutes(15);

    /// <summary>How long the portal session a right code opens lasts.</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(1);

    /// <summary>
    /// Makes a new code for <paramref name="address"/> and sends it if a customer of the company has it on file; the
    /// answer says how long codes work, or when the address may ask again when it asked too often (nothing is sent then).
    /// </summary>
    [Alias("RequestCode")]
    Task<PortalCodeOutcome> RequestCodeAsync(string address);

    /// <summary>A right code opens a short-lived portal session (a pay link of the customer); anything else is a bad <c>code</c>.</summary>
    [Alias("Verify")]
    Task<IssuedPayLink> VerifyAsync(string code);

    /// <summary>Sends the code just made, after the request was answered, so known and unknown addresses answer alike.</summary>
    [Alias("SendCode"), OneWay]
    Task SendCodeAsync();
}
