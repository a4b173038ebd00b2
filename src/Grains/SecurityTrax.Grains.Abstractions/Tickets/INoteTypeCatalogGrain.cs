using SecurityTrax.Identity;

namespace SecurityTrax.Tickets;

/// <summary>The company's note types (General, Billing, Service, Sales to start); key <c>{tenant}/note-types</c>.</summary>
[Alias("SecurityTrax.INoteTypeCatalogGrain")]
public interface INoteTypeCatalogGrain : ITenantGrain
{
    public const string Id = "note-types";

    [Alias("List")]
    Task<string[]> ListAsync();

    [Alias("Add")]
    Task<string[]> AddAsync(string name);

    /// <summary>The catalogue's spelling of <paramref name="name"/> (any case), or null if it is not a type.</summary>
    [Alias("Resolve")]
    Task<string?> ResolveAsync(string name);
}
