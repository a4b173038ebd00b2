using SecurityTrax.Errors;
using SecurityTrax.Persistence;

namespace SecurityTrax.Scheduling;

public sealed class AppointmentTypeCatalogGrain(
    [PersistentState(StorageNames.AppointmentTypes, StorageNames.Main)] IPersistentState<AppointmentTypeCatalogState> catalog)
    : Grain, IAppointmentTypeCatalogGrain
{
    /// <summary>The types the guide names; every company has them.</summary>
    public static readonly IReadOnlyList<string> BuiltIn = ["install", "service", "removal"];
    public const int MaxTypes = 50;

    private List<string> Types => [.. BuiltIn, .. catalog.State.Types];

    public Task<string[]> ListAsync() => Task.FromResult(Types.ToArray());

    public async Task<string[]> AddAsync(string name)
    {
        Customers.FieldChecks.RefuseCardNumber("name", name);
        var clean = string.Join(' ', (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        if (clean.Length is 0 or > 40 || clean.Any(char.IsControl))
        {
            throw SecurityTraxException.Invalid("name", "An appointment type has 1–40 printable characters.");
        }

        if (Types.Contains(clean, StringComparer.Ordinal))
        {
            return [.. Types];
        }

        if (Types.Count >= MaxTypes)
        {
            throw SecurityTraxException.Invalid("name", $"At most {MaxTypes} appointment types.");
        }

        catalog.State.Types = [.. catalog.State.Types, clean];
        await catalog.WriteStateAsync();
        return [.. Types];
    }

    public Task<string?> ResolveAsync(string name) =>
        Task.FromResult(Types.FirstOrDefault(t => string.Equals(t, name?.Trim(), StringComparison.OrdinalIgnoreCase)));
}
