using SecurityTrax.Identity;

namespace SecurityTrax.Scheduling;

/// <summary>The company's appointment types (install, service, removal to start, plus its own); key <c>{tenant}/appointment-types</c>.</summary>
[Alias("SecurityTrax.IAppointmentTypeCatalogGrain")]
public interface IAppointmentTypeCatalogGrain : ITenantGrain
{
    public const string Id = "appointment-types";

    [Alias("List")]
    Task<string[]> ListAsync();

    [Alias("Add")]
    Task<string[]> AddAsync(string name);

    /// <summary>The catalogue's spelling of <paramref name="name"/> (any case), or null if it is not a type.</summary>
    [Alias("Resolve")]
    Task<string?> ResolveAsync(string name);
}
