namespace SecurityTrax.Testing.Fakes;

/// <summary>A network failure the fake plays on a request, before or after Stripe would have acted on it.</summary>
public enum FakeStripeFault
{
    /// <summary>The connection breaks before the request is processed: nothing happens at "Stripe".</summary>
    DropBeforeProcessing,

    /// <summary>The request is processed (and its idempotent result kept), then the connection breaks before the answer.</summary>
    DropAfterProcessing,

    /// <summary>No answer and nothing processed, until the client gives up (timeout or cancellation) or the server stops.</summary>
    HangBeforeProcessing,

    /// <summary>The request is processed, then no answer until the client gives up or the server stops.</summary>
    HangAfterProcessing,
}
