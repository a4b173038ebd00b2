using SecurityTrax.CreditReports.Bureaus;
using SecurityTrax.Errors;
using SecurityTrax.Integrations;

namespace SecurityTrax.CreditReports;

/// <summary>
/// The bureau adapter for a company and a bureau code: the one sandbox bureau (it keeps its pulls), or the HTTP bureau
/// with the company's account, read per pull so a changed key applies at once.
/// </summary>
public sealed class BureauDirectory(SandboxBureau sandbox, HttpClient http)
{
    public async Task<ICreditBureau> ForAsync(IGrainFactory grains, string tenant, string bureau)
    {
        if (bureau == CreditBureaus.Sandbox)
        {
            return sandbox;
        }

        var account = await grains.GetGrain<IIntegrationSecretsGrain>(GrainKeys.For(tenant, IIntegrationSettingsGrain.Id)).GetBureauAsync()
            ?? throw SecurityTraxException.Invalid("bureau", "The company's account at this bureau is not entered yet (integration settings, bureau).");
        return new HttpCreditBureau(http, account);
    }
}
