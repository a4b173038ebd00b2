namespace SecurityTrax.Messages.Delivery;

/// <summary>The HTTP client the Twilio library uses; tests hand in one that reaches a local fake.</summary>
public sealed class TwilioHttp(HttpClient client)
{
    public HttpClient Client { get; } = client;
}
