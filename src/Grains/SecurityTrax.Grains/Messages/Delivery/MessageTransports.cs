using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using SecurityTrax.Integrations;

namespace SecurityTrax.Messages.Delivery;

/// <summary>
/// The transport for each channel: the company's own account when it has one, else the platform's provider, else
/// the local outbox. A company's transports are built once per version of its settings and then reused.
/// </summary>
public sealed class MessageTransports(
    IEnumerable<IMessageTransport> transports, MessagingOptions platform, TwilioHttp twilioHttp, ILoggerFactory loggers)
{
    private readonly Dictionary<MessageChannel, IMessageTransport> _byChannel = Enum.GetValues<MessageChannel>().ToDictionary(
        channel => channel,
        channel => transports.LastOrDefault(t => t.Channel == channel) ?? new LocalOutboxTransport(channel));

    private readonly ConcurrentDictionary<(string Tenant, MessageChannel Channel), (int Version, IMessageTransport Transport)> _tenants = new();

    /// <summary>The platform's transport for <paramref name="channel"/>.</summary>
    public IMessageTransport For(MessageChannel channel) => _byChannel[channel];

    /// <summary>The transport for <paramref name="channel"/> with the company's credentials, when it has its own.</summary>
    public IMessageTransport For(MessageChannel channel, string tenant, TenantMessagingCredentials credentials)
    {
        var own = channel == MessageChannel.Email ? credentials.Smtp is not null : credentials.Twilio is not null;
        if (!own)
        {
            return For(channel);
        }

        // A superseded transport is left to the collector rather than disposed: a send may still be using it.
        return _tenants.AddOrUpdate(
            (tenant, channel),
            _ => (credentials.Version, Build(channel, credentials)),
            (_, current) => current.Version == credentials.Version ? current : (credentials.Version, Build(channel, credentials))).Transport;
    }

    private IMessageTransport Build(MessageChannel channel, TenantMessagingCredentials credentials)
    {
        if (channel == MessageChannel.Email)
        {
            var smtp = credentials.Smtp!;
            var options = new SmtpOptions
            {
                Host = smtp.Host, Port = smtp.Port, Security = smtp.Security, UserName = smtp.UserName, Password = smtp.Password,
                From = smtp.From, FromName = smtp.FromName, TimeoutSeconds = platform.Smtp.TimeoutSeconds, Connections = platform.Smtp.Connections,
            };
            return new SmtpEmailTransport(options, loggers.CreateLogger<SmtpEmailTransport>());
        }

        var twilio = credentials.Twilio!;
        return new TwilioSmsTransport(
            new TwilioOptions { AccountSid = twilio.AccountSid, AuthToken = twilio.AuthToken, From = twilio.From, CallbackBaseUrl = platform.Twilio.CallbackBaseUrl },
            twilioHttp);
    }
}
