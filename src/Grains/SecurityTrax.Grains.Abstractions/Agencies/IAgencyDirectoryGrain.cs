using SecurityTrax.Customers;
using SecurityTrax.Identity;

namespace SecurityTrax.Agencies;

/// <summary>
/// The company's directory of police, fire and medical agencies with the ZIP codes and cities each covers; key
/// <c>{tenant}/agencies</c>. One grain holds the whole directory: it is a few hundred rows at most, and an import
/// must land all of its rows or none.
/// </summary>
[Alias("SecurityTrax.IAgencyDirectoryGrain")]
public interface IAgencyDirectoryGrain : ITenantGrain
{
    public const string Id = "agencies";

    public const int MaxAgencies = 2000;

    [Alias("List")]
    Task<AgencyDetails[]> ListAsync();

    [Alias("Get")]
    Task<AgencyDetails> GetAsync(int agencyId);

    [Alias("Add")]
    Task<AgencyDetails> AddAsync(AgencyInput agency);

    /// <summary>Replaces an agency as of its own version.</summary>
    [Alias("Update")]
    Task<AgencyDetails> UpdateAsync(int agencyId, AgencyInput agency, int expectedVersion);

    [Alias("Remove")]
    Task RemoveAsync(int agencyId, int expectedVersion);

    /// <summary>Adds every row, or none: a bad row throws with its errors keyed by its line (<c>lines[3].zip</c>).</summary>
    [Alias("Import")]
    Task<AgencyDetails[]> ImportAsync(AgencyImportRow[] rows);

    /// <summary>The agencies that cover an address: those listing its ZIP code first, then those listing its city.</summary>
    [Alias("Suggest")]
    Task<AgencySuggestion[]> SuggestAsync(Address address);
}
