using SecurityTrax.Identity;

namespace SecurityTrax.Payments;

/// <summary>A customer's billing methods and processor customer; key <c>{tenant}/{customerId}</c>.</summary>
/// <remarks>The processor customer is created once (idempotency key from the customer) and remembered.</remarks>
[Alias("SecurityTrax.IBillingMethodsGrain")]
public interface IBillingMethodsGrain : ITenantGrain
{
    [Alias("List")]
    Task<BillingMethod[]> ListAsync();

    /// <summary>Starts collecting a card or bank account: a processor setup intent whose client secret goes to the front end.</summary>
    [Alias("BeginSetup")]
    Task<BillingSetup> BeginSetupAsync(BillingMethodKind kind);

    /// <summary>Adds a method; a card or bank token is attached to this customer's processor customer.</summary>
    [Alias("Add")]
    Task<BillingMethod> AddAsync(NewBillingMethod method);

    [Alias("MakeDefault")]
    Task<BillingMethod> MakeDefaultAsync(string methodId, int? expectedVersion = null);

    [Alias("Remove")]
    Task RemoveAsync(string methodId, int? expectedVersion = null);
}
