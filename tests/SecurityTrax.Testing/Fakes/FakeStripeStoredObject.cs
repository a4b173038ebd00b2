using System.Text.Json.Nodes;

namespace SecurityTrax.Testing.Fakes;

/// <summary>A Stripe object held by the fake, with the account that owns it and the idempotency key of the call that created it.</summary>
internal sealed record FakeStripeStoredObject(string Account, string? IdempotencyKey, JsonObject Json)
{
    public string Id => (string)Json["id"]!;

    public string Type => (string)Json["object"]!;
}
