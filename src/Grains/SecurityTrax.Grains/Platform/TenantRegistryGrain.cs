using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Persistence;
using SecurityTrax.Tenants;

namespace SecurityTrax.Platform;

/// <summary>Creates tenants as idempotent steps: record, settings, first admin, ready.</summary>
/// <remarks>A creation interrupted by a crash is finished by the next request for the same slug.</remarks>
public sealed class TenantRegistryGrain(
    [PersistentState(StorageNames.TenantRegistry, StorageNames.Main)] IPersistentState<TenantRegistryState> registry,
    [FromKeyedServices(Clock.Key)] TimeProvider time) : Grain, ITenantRegistryGrain
{
    private static readonly HashSet<string> Reserved = ["platform", "api", "admin", "system", "www"];

    public async Task<TenantDetails> CreateTenantAsync(NewTenant tenant)
    {
        var errors = new List<FieldError>();
        if (!TenantSlug.IsValid(tenant.Slug) || Reserved.Contains(tenant.Slug))
        {
            errors.Add(new FieldError("slug", "Slug must be 2–40 lower-case letters, digits or hyphens, start with a letter, and not be reserved."));
        }

        if (string.IsNullOrWhiteSpace(tenant.CompanyName) || tenant.CompanyName.Trim().Length > TenantSettingsRules.CompanyNameMaxLength)
        {
            errors.Add(new FieldError("companyName", "Company name is required (at most 200 characters)."));
        }

        if (errors.Count > 0)
        {
            throw SecurityTraxException.Invalid(errors);
        }

        if (registry.State.Tenants.TryGetValue(tenant.Slug, out var existing) && existing.Ready)
        {
            throw SecurityTraxException.Conflict($"Tenant '{tenant.Slug}' exists.");
        }

        if (existing is null)
        {
            existing = new TenantRecord { Slug = tenant.Slug, CompanyName = tenant.CompanyName.Trim(), CreatedAt = time.GetUtcNow() };
            registry.State.Tenants[tenant.Slug] = existing;
            await registry.WriteStateAsync();
        }

        await ProvisionAsync(tenant);
        existing.Ready = true;
        await registry.WriteStateAsync();
        return existing.ToDetails();
    }

    public Task<bool> ExistsAsync(string slug) =>
        Task.FromResult(registry.State.Tenants.TryGetValue(slug, out var t) && t.Ready);

    public Task<TenantDetails[]> ListAsync() =>
        Task.FromResult(registry.State.Tenants.Values.Where(t => t.Ready).OrderBy(t => t.Slug, StringComparer.Ordinal).Select(t => t.ToDetails()).ToArray());

    private async Task ProvisionAsync(NewTenant tenant)
    {
        // The new tenant's grains accept only callers of that tenant: act as its System user.
        var previous = CallerContext.Current;
        CallerContext.Set(Caller.System(tenant.Slug));
        try
        {
            var settings = GrainFactory.GetGrain<ITenantSettingsGrain>(GrainKeys.For(tenant.Slug, ITenantSettingsGrain.Id));
            var current = await settings.GetAsync();
            if (current.Version == 0)
            {
                await settings.UpdateAsync(new UpdateTenantSettings(
                    tenant.CompanyName.Trim(), current.TimeZone, current.Culture, current.EmailReceiptsByDefault, 0));
            }

            await GrainFactory.GetGrain<IUserDirectoryGrain>(GrainKeys.For(tenant.Slug, IUserDirectoryGrain.Id))
                .InitializeAsync(tenant.Admin);
        }
        finally
        {
            CallerContext.Clear();
            if (previous is not null)
            {
                CallerContext.Set(previous);
            }
        }
    }
}
