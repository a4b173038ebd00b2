using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SecurityTrax.Outbox;
using SecurityTrax.Payments;
using SecurityTrax.Payments.Processing;

namespace SecurityTrax.Silo.Hosting;

public static class PaymentsHostingExtensions
{
    /// <summary>Card and bank processing: Stripe when <c>Payments:Stripe:SecretKey</c> is set, the sandbox otherwise.</summary>
    public static IServiceCollection AddSecurityTraxPayments(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(PaymentsOptions.Section).Get<PaymentsOptions>() ?? new PaymentsOptions();
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(PaymentsOptions.Section, typeof(PaymentsOptions), problems);
        }

        services.AddSingleton(options);
        services.AddSingleton(sp => new PaymentProcessors(options, sp.GetRequiredKeyedService<TimeProvider>(Clock.Key)));
        services.AddSingleton<IReadModelProjection, PaymentListProjection>();
        return services;
    }
}
