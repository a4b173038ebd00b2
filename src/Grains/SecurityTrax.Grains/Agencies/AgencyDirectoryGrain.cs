using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Persistence;

namespace SecurityTrax.Agencies;

public sealed class AgencyDirectoryGrain(
    [PersistentState(StorageNames.AgencyDirectory, StorageNames.Main)] IPersistentState<AgencyDirectoryState> directory)
    : Grain, IAgencyDirectoryGrain
{
    private AgencyDirectoryState State => directory.State;

    public Task<AgencyDetails[]> ListAsync() =>
        Task.FromResult(State.Agencies.OrderBy(a => a.Kind).ThenBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ThenBy(a => a.Id).ToArray());

    public Task<AgencyDetails> GetAsync(int agencyId) => Task.FromResult(Find(agencyId));

    public async Task<AgencyDetails> AddAsync(AgencyInput agency)
    {
        var errors = new List<FieldError>();
        var clean = AgencyRules.Clean(agency, errors);
        SecurityTraxException.ThrowIfAny(errors);
        EnsureRoom(1);
        var added = Create(clean);
        await directory.WriteStateAsync();
        return added;
    }

    public async Task<AgencyDetails> UpdateAsync(int agencyId, AgencyInput agency, int expectedVersion)
    {
        var current = Find(agencyId);
        ExpectedVersion.Check(expectedVersion, current.Version);
        var errors = new List<FieldError>();
        var clean = AgencyRules.Clean(agency, errors);
        SecurityTraxException.ThrowIfAny(errors);
        var updated = new AgencyDetails(agencyId, clean.Kind, clean.Name, clean.Phones, clean.Address, clean.Zips, clean.Cities, current.Version + 1);
        State.Agencies[State.Agencies.IndexOf(current)] = updated;
        await directory.WriteStateAsync();
        return updated;
    }

    public async Task RemoveAsync(int agencyId, int expectedVersion)
    {
        var current = Find(agencyId);
        ExpectedVersion.Check(expectedVersion, current.Version);
        State.Agencies.Remove(current);
        await directory.WriteStateAsync();
    }

    public async Task<AgencyDetails[]> ImportAsync(AgencyImportRow[] rows)
    {
        rows ??= [];
        var errors = new List<FieldError>();
        var clean = rows.Select(r => AgencyRules.Clean(r.Agency, errors, $"lines[{r.Line}].")).ToArray();
        if (rows.Length == 0)
        {
            errors.Add(new FieldError("csv", "The file has no agencies."));
        }

        // Every row is checked before any is added: one bad row imports nothing.
        SecurityTraxException.ThrowIfAny(errors);
        EnsureRoom(clean.Length);
        var added = clean.Select(Create).ToArray();
        await directory.WriteStateAsync();
        return added;
    }

    public Task<AgencySuggestion[]> SuggestAsync(Address address) => Task.FromResult(AgencyCoverage.Suggest(State.Agencies, address));

    private AgencyDetails Create(AgencyInput agency)
    {
        var added = new AgencyDetails(++State.LastId, agency.Kind, agency.Name, agency.Phones, agency.Address, agency.Zips, agency.Cities, 1);
        State.Agencies.Add(added);
        return added;
    }

    private void EnsureRoom(int more)
    {
        if (State.Agencies.Count + more > IAgencyDirectoryGrain.MaxAgencies)
        {
            throw SecurityTraxException.Conflict($"The directory holds at most {IAgencyDirectoryGrain.MaxAgencies} agencies.");
        }
    }

    private AgencyDetails Find(int agencyId) =>
        State.Agencies.FirstOrDefault(a => a.Id == agencyId) ?? throw SecurityTraxException.NotFound($"Agency {agencyId}");
}
