using SecurityTrax.Identity;

namespace SecurityTrax.Customers;

/// <summary>One lead or customer and everything on the record; key <c>{tenant}/{customer number}</c>.</summary>
/// <remarks>
/// Writes carry the version the person saw (the customer's for tags and the contact order, the contact's for
/// one contact); only a new contact, which overwrites nothing, does not. Confidential values are returned only when <c>revealConfidential</c> is set, which the gateway
/// does for callers holding <c>customers.view_confidential</c>.
/// </remarks>
[Alias("SecurityTrax.ICustomerGrain")]
public interface ICustomerGrain : ITenantGrain
{
    [Alias("Create")]
    Task<CustomerDetails> CreateAsync(CustomerStage stage, CustomerProfile profile, ConfidentialInfo? confidential, bool revealConfidential);

    [Alias("Get")]
    Task<CustomerDetails> GetAsync(bool revealConfidential);

    [Alias("UpdateProfile")]
    Task<CustomerDetails> UpdateProfileAsync(CustomerProfile profile, int expectedVersion, bool revealConfidential);

    [Alias("UpdateConfidential")]
    Task<CustomerDetails> UpdateConfidentialAsync(ConfidentialInfo confidential, int expectedVersion);

    [Alias("Convert")]
    Task<CustomerDetails> ConvertToCustomerAsync(int expectedVersion, bool revealConfidential);

    [Alias("Delete")]
    Task DeleteAsync(int expectedVersion);

    [Alias("AddTag")]
    Task<CustomerDetails> AddTagAsync(string tag, bool revealConfidential, int? expectedVersion = null);

    [Alias("RemoveTag")]
    Task<CustomerDetails> RemoveTagAsync(string tag, bool revealConfidential, int? expectedVersion = null);

    [Alias("AddContact")]
    Task<ContactDetails> AddContactAsync(ContactInput contact);

    [Alias("UpdateContact")]
    Task<ContactDetails> UpdateContactAsync(int contactId, ContactInput contact, int expectedVersion);

    [Alias("RemoveContact")]
    Task RemoveContactAsync(int contactId, int expectedVersion);

    [Alias("ReorderContacts")]
    Task<ContactDetails[]> ReorderContactsAsync(int[] contactIdsInPriorityOrder, int? expectedVersion = null);

    /// <summary>Sets the credit score and band on the profile (from a report, see <c>ICreditReportBookGrain.ApplyScoreAsync</c>).</summary>
    [Alias("ApplyCreditScore")]
    Task<CustomerDetails> ApplyCreditScoreAsync(CreditReports.CreditScore score, int expectedVersion, bool revealConfidential);

    /// <summary>Marks the customer past due or clears it (dunning's final failure, or the last past-due invoice paid); a repeat changes nothing.</summary>
    [Alias("SetPastDue")]
    Task SetPastDueAsync(bool pastDue, string reason);

    /// <summary>Marks the customer's service suspended or clears it (dunning's final failure, or paid); a repeat changes nothing.</summary>
    [Alias("SetSuspended")]
    Task SetSuspendedAsync(bool suspended, string reason);

    /// <summary>The office clears a suspension by hand (in history); a conflict when the service is not suspended.</summary>
    [Alias("ClearSuspension")]
    Task<CustomerDetails> ClearSuspensionAsync(bool revealConfidential, int expectedVersion);
}
