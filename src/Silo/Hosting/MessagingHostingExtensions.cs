using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SecurityTrax.Messages;
using SecurityTrax.Messages.Campaigns;
using SecurityTrax.Messages.Delivery;
using SecurityTrax.Outbox;
using SecurityTrax.Silo.Maintenance;

namespace SecurityTrax.Silo.Hosting;

public static class MessagingHostingExtensions
{
    /// <summary>Email and SMS delivery: SMTP and Twilio when configured, the local outbox otherwise.</summary>
    public static IServiceCollection AddSecurityTraxMessaging(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new MessagingOptions();
        var problems = options.Problems().ToList();
        if (problems.Count > 0)
        {
            throw new OptionsValidationException(MessagingOptions.Section, typeof(MessagingOptions), problems);
        }

        services.AddSingleton(options);
        services.AddSingleton<IReadModelProjection, MessageListProjection>();
        services.AddSingleton<IReadModelProjection, CampaignListProjection>();
        services.AddSingleton<MessageTransports>();
        services.TryAddSingleton(_ => new TwilioHttp(new HttpClient { Timeout = TimeSpan.FromSeconds(20) }));
        if (!string.IsNullOrWhiteSpace(options.Smtp.Host))
        {
            services.AddSingleton<IMessageTransport>(sp =>
                new SmtpEmailTransport(options.Smtp, sp.GetRequiredService<ILogger<SmtpEmailTransport>>()));
        }

        if (!string.IsNullOrWhiteSpace(options.Twilio.AccountSid))
        {
            services.AddSingleton<IMessageTransport>(sp => new TwilioSmsTransport(options.Twilio, sp.GetRequiredService<TwilioHttp>()));
        }

        services.AddSingleton<MessageDeliverySweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<MessageDeliverySweeper>());
        return services;
    }
}
