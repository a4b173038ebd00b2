using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SecurityTrax.Invoices.Printing;

namespace SecurityTrax.Silo.Hosting;

public static class PrintingHostingExtensions
{
    /// <summary>Bulk printing of invoices: the <c>Printing</c> section, validated at start.</summary>
    public static IServiceCollection AddSecurityTraxPrinting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(BatchPrintOptions.Section).Get<BatchPrintOptions>() ?? new BatchPrintOptions();
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(BatchPrintOptions.Section, typeof(BatchPrintOptions), problems);
        }

        return services.AddSingleton(options);
    }
}
