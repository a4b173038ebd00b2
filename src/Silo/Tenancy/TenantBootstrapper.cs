using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityTrax.Identity;
using SecurityTrax.Platform;
using SecurityTrax.Silo.Hosting;

namespace SecurityTrax.Silo.Tenancy;

/// <summary>On the first start of an empty database, creates one tenant and its admin.</summary>
public sealed partial class TenantBootstrapper(
    IGrainFactory grains, IOptions<BootstrapOptions> options, ILogger<TenantBootstrapper> logger) : StartupStep
{
    public override async Task StartedAsync(CancellationToken cancellationToken)
    {
        var registry = grains.GetGrain<ITenantRegistryGrain>(ITenantRegistryGrain.Key);
        if ((await registry.ListAsync()).Length > 0)
        {
            return;
        }

        var o = options.Value;
        var generated = string.IsNullOrEmpty(o.AdminPassword);
        var password = generated ? RefreshTokens.NewPassword() : o.AdminPassword!;
        var admin = new NewUser(o.AdminUserName, "Administrator", null, BuiltInRoles.Admin, password);
        try
        {
            await registry.CreateTenantAsync(new NewTenant(o.Tenant, o.CompanyName, admin));
        }
        catch (Errors.SecurityTraxException e) when (e.Kind == Errors.ErrorKind.Conflict)
        {
            return; // another silo created it first
        }

        LogCreated(o.Tenant, o.AdminUserName);
        if (generated)
        {
            // Shown once, on the console only: the log never carries secrets.
            Console.WriteLine();
            Console.WriteLine("  ================================================================");
            Console.WriteLine($"  First start: tenant '{o.Tenant}', user '{o.AdminUserName}', password: {password}");
            Console.WriteLine("  Keep it now; it is not shown again.");
            Console.WriteLine("  ================================================================");
            Console.WriteLine();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created tenant {Tenant} with admin {AdminUserName}")]
    private partial void LogCreated(string tenant, string adminUserName);
}
