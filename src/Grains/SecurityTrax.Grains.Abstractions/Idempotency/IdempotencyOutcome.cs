namespace SecurityTrax.Idempotency;

public enum IdempotencyOutcome
{
    /// <summary>First use of the key: run the request, then complete or abandon.</summary>
    Proceed = 0,

    /// <summary>The key was used for this very request: answer with the stored response.</summary>
    Replay = 1,

    /// <summary>The first request with this key is still running.</summary>
    InProgress = 2,

    /// <summary>The key was used for a different request.</summary>
    Mismatch = 3,
}
