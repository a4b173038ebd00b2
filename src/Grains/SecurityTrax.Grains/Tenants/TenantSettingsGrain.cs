using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.Errors;
using SecurityTrax.Persistence;
using SecurityTrax.Identity;

namespace SecurityTrax.Tenants;

public sealed class TenantSettingsGrain(
    [PersistentState(StorageNames.TenantSettings, StorageNames.Main)] IPersistentState<TenantSettingsState> settings,
    [FromKeyedServices(Clock.Key)] TimeProvider time) : Grain, ITenantSettingsGrain
{
    private string? _tenant;

    private string Tenant => _tenant ??= GrainKeys.TenantOf(this.GetPrimaryKeyString());

    public Task<TenantSettingsDetails> GetAsync() => Task.FromResult(ToDetails());

    public async Task<TenantSettingsDetails> UpdateAsync(UpdateTenantSettings command)
    {
        CallerGrants.Require(Tenant, Grants.For("settings", Grants.Modify));
        var state = settings.State;
        if (command.ExpectedVersion != state.Version)
        {
            throw SecurityTraxException.StaleVersion(command.ExpectedVersion, state.Version);
        }

        var errors = TenantSettingsRules.Validate(command);
        if (errors.Count > 0)
        {
            throw SecurityTraxException.Invalid(errors);
        }

        state.CompanyName = command.CompanyName.Trim();
        state.TimeZone = command.TimeZone;
        state.Culture = command.Culture;
        state.EmailReceiptsByDefault = command.EmailReceiptsByDefault;
        state.CardSettlementCutoff = command.CardSettlementCutoff;
        state.Version++;
        state.UpdatedAt = time.GetUtcNow();
        await settings.WriteStateAsync();
        return ToDetails();
    }

    private TenantSettingsDetails ToDetails()
    {
        var state = settings.State;
        return new TenantSettingsDetails(
            Tenant,
            state.CompanyName ?? Tenant,
            state.TimeZone,
            state.Culture,
            state.EmailReceiptsByDefault,
            state.Version,
            state.UpdatedAt,
            state.CardSettlementCutoff);
    }
}
