using SecurityTrax.Catalog;
using SecurityTrax.Persistence;

namespace SecurityTrax.Tickets;

public sealed class NoteTypeCatalogGrain(
    [PersistentState(StorageNames.NoteTypes, StorageNames.Main)] IPersistentState<NoteTypeCatalogState> catalog)
    : Grain, INoteTypeCatalogGrain
{
    public static readonly IReadOnlyList<string> Defaults = ["General", "Billing", "Service", "Sales"];
    public const int MaxTypes = NamedTypeList.MaxTypes;

    // Note types keep the case they were typed in; the defaults stand until the first type is added, which stores them with it.
    private static readonly NamedTypeList Rules = new("A note type", "note types", lowerCase: false);

    private List<string> Types => catalog.State.Types.Count == 0 ? [.. Defaults] : catalog.State.Types;

    public Task<string[]> ListAsync() => Task.FromResult(Types.ToArray());

    public async Task<string[]> AddAsync(string name)
    {
        var types = Types;
        if (Rules.ToAdd(types, name) is not { } added)
        {
            return [.. types];
        }

        catalog.State.Types = [.. types, added];
        await catalog.WriteStateAsync();
        return [.. catalog.State.Types];
    }

    public Task<string?> ResolveAsync(string name) => Task.FromResult(NamedTypeList.Resolve(Types, name));
}
