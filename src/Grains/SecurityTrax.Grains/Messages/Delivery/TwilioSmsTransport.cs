using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace SecurityTrax.Messages.Delivery;

/// <summary>SMS through Twilio's Messages API.</summary>
/// <remarks>
/// Twilio answers 4xx for requests it refused (bad or opted-out numbers) and 429 when it wants us to slow down:
/// nothing was sent. A 5xx or a connection that breaks after the request went out may have sent it: unknown.
/// </remarks>
public sealed class TwilioSmsTransport(TwilioOptions options, TwilioHttp http) : IMessageTransport
{
    public const string Name = "twilio";

    private readonly TwilioRestClient _client = new(
        options.AccountSid, options.AuthToken, httpClient: new Twilio.Http.SystemNetHttpClient(http.Client));

    public MessageChannel Channel => MessageChannel.Sms;

    public string Provider => Name;

    public async Task<DeliveryOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var create = new CreateMessageOptions(new PhoneNumber(message.To)) { Body = message.Text };
        if (options.From!.StartsWith("MG", StringComparison.Ordinal))
        {
            create.MessagingServiceSid = options.From;
        }
        else
        {
            create.From = new PhoneNumber(options.From);
        }

        if (CallbackUrl(options, message.Tenant, message.MessageId) is { } callback)
        {
            create.StatusCallback = callback;
        }

        try
        {
            var sent = await MessageResource.CreateAsync(create, _client);
            return DeliveryOutcome.Accepted(Name, sent.Sid);
        }
        catch (ApiException e) when (e.Status is >= 400 and < 500)
        {
            var reason = $"Twilio refused the message: {e.Code} {e.Message}";
            return e.Status == (int)HttpStatusCode.TooManyRequests
                ? DeliveryOutcome.NotAccepted(Name, reason)
                : DeliveryOutcome.Rejected(Name, reason);
        }
        catch (Exception e) when (NeverConnected(e))
        {
            return DeliveryOutcome.NotAccepted(Name, $"Twilio could not be reached: {e.Message}");
        }
        catch (Exception e) when (e is ApiException or ApiConnectionException or HttpRequestException or TaskCanceledException)
        {
            return DeliveryOutcome.Unknown(Name, $"The call to Twilio broke: {e.Message}");
        }
    }

    /// <summary>The status callback Twilio signs and posts to; the message id travels in the query string.</summary>
    public static Uri? CallbackUrl(TwilioOptions options, string tenant, string messageId) =>
        string.IsNullOrWhiteSpace(options.CallbackBaseUrl)
            ? null
            : new Uri($"{options.CallbackBaseUrl.TrimEnd('/')}{CallbackPath(tenant)}?message={Uri.EscapeDataString(messageId)}");

    public static string CallbackPath(string tenant) => $"/webhooks/twilio/{tenant}/status";

    private static bool NeverConnected(Exception e)
    {
        for (var inner = e; inner is not null; inner = inner.InnerException)
        {
            if (inner is SocketException { SocketErrorCode: SocketError.ConnectionRefused or SocketError.HostNotFound or SocketError.NetworkUnreachable }
                || inner is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError })
            {
                return true;
            }
        }

        return false;
    }
}
