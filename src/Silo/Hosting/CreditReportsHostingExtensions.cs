using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SecurityTrax.CreditReports;
using SecurityTrax.CreditReports.Bureaus;

namespace SecurityTrax.Silo.Hosting;

public static class CreditReportsHostingExtensions
{
    /// <summary>Credit bureaus: the one sandbox bureau and an HTTP client for the companies' HTTP bureau accounts.</summary>
    public static IServiceCollection AddSecurityTraxCreditReports(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(CreditReportsOptions.Section).Get<CreditReportsOptions>() ?? new CreditReportsOptions();
        services.AddSingleton(options);
        services.AddSingleton(sp => new SandboxBureau(sp.GetRequiredKeyedService<TimeProvider>(Clock.Key)));
        // One client for every company's bureau: the account travels in each request's headers, not in the client.
        services.AddSingleton(sp => new BureauDirectory(sp.GetRequiredService<SandboxBureau>(), new HttpClient { Timeout = options.BureauTimeout }));
        return services;
    }
}
