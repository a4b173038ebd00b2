using SecurityTrax.Identity;
using SecurityTrax.Security;

namespace SecurityTrax.Portal;

/// <summary>Inside the silo only: records which customer's link a token is. Key as <see cref="IPayLinkGrain"/>.</summary>
[Alias("SecurityTrax.IPayLinkIndexGrain")]
public interface IPayLinkIndexGrain : ITenantGrain, ISiloOnlyGrain
{
    [Alias("Index")]
    Task IndexAsync(long customerId, int number);
}
