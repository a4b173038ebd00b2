using SecurityTrax.Catalog;
using SecurityTrax.Persistence;

namespace SecurityTrax.Scheduling;

public sealed class AppointmentTypeCatalogGrain(
    [PersistentState(StorageNames.AppointmentTypes, StorageNames.Main)] IPersistentState<AppointmentTypeCatalogState> catalog)
    : Grain, IAppointmentTypeCatalogGrain
{
    /// <summary>The types the guide names; every company has them.</summary>
    public static readonly IReadOnlyList<string> BuiltIn = ["install", "service", "removal"];
    public const int MaxTypes = NamedTypeList.MaxTypes;

    // Appointment types are kept in lower case; the company's own come after the built-in ones, which are never stored.
    private static readonly NamedTypeList Rules = new("An appointment type", "appointment types", lowerCase: true);

    private List<string> Types => [.. BuiltIn, .. catalog.State.Types];

    public Task<string[]> ListAsync() => Task.FromResult(Types.ToArray());

    public async Task<string[]> AddAsync(string name)
    {
        if (Rules.ToAdd(Types, name) is { } added)
        {
            catalog.State.Types = [.. catalog.State.Types, added];
            await catalog.WriteStateAsync();
        }

        return [.. Types];
    }

    public Task<string?> ResolveAsync(string name) => Task.FromResult(NamedTypeList.Resolve(Types, name));
}
