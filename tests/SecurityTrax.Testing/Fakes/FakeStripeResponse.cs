using System.Text.Json.Nodes;

namespace SecurityTrax.Testing.Fakes;

/// <summary>An HTTP status and the JSON body the fake Stripe server answers with.</summary>
internal sealed record FakeStripeResponse(int Status, string Body)
{
    public static FakeStripeResponse Ok(JsonObject body) => new(200, body.ToJsonString());
}
