using Orleans.Runtime.Messaging;
using SecurityTrax.Gateway.Hosting;

namespace SecurityTrax.Gateway.Http;

/// <summary>Exceptions that mean "no silo could answer now" rather than a fault of the request or of our code.</summary>
public static class SiloOutage
{
    public const string RetryAfterSeconds = "5";

    private const string Advice = " Retry shortly; a request with an Idempotency-Key can be repeated with the same key and is done at most once.";

    /// <summary>The problem's detail for an outage, or null when <paramref name="exception"/> is something else.</summary>
    public static string? Describe(Exception exception) => exception switch
    {
        ClusterUnavailableException e => e.Message + Advice,
        SiloUnavailableException => "The silo handling this request became unavailable." + Advice,
        OrleansMessageRejectionException => "No silo accepted this request." + Advice,
        ConnectionFailedException => "No silo is reachable from this gateway." + Advice,
        TimeoutException => "The silos did not answer in time." + Advice,
        _ => null,
    };
}
