namespace SecurityTrax.Testing.Fakes;

/// <summary>One API call as an operation sees it: the account (API key), its idempotency key, the id in the path and the parameters.</summary>
internal sealed record FakeStripeCall(string Account, string? IdempotencyKey, string? Id, FakeStripeForm Form);
