using SecurityTrax.Errors;
using SecurityTrax.Persistence;

namespace SecurityTrax.Tickets;

public sealed class NoteTypeCatalogGrain(
    [PersistentState(StorageNames.NoteTypes, StorageNames.Main)] IPersistentState<NoteTypeCatalogState> catalog)
    : Grain, INoteTypeCatalogGrain
{
    public static readonly IReadOnlyList<string> Defaults = ["General", "Billing", "Service", "Sales"];
    public const int MaxTypes = 50;

    private List<string> Types => catalog.State.Types.Count == 0 ? [.. Defaults] : catalog.State.Types;

    public Task<string[]> ListAsync() => Task.FromResult(Types.ToArray());

    public async Task<string[]> AddAsync(string name)
    {
        Customers.FieldChecks.RefuseCardNumber("name", name);
        var clean = string.Join(' ', (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (clean.Length is 0 or > 40 || clean.Any(char.IsControl))
        {
            throw SecurityTraxException.Invalid("name", "A note type has 1–40 printable characters.");
        }

        var types = Types;
        if (types.Any(t => string.Equals(t, clean, StringComparison.OrdinalIgnoreCase)))
        {
            return [.. types];
        }

        if (types.Count >= MaxTypes)
        {
            throw SecurityTraxException.Invalid("name", $"At most {MaxTypes} note types.");
        }

        catalog.State.Types = [.. types, clean];
        await catalog.WriteStateAsync();
        return [.. catalog.State.Types];
    }

    public Task<string?> ResolveAsync(string name) =>
        Task.FromResult(Types.FirstOrDefault(t => string.Equals(t, name?.Trim(), StringComparison.OrdinalIgnoreCase)));
}
