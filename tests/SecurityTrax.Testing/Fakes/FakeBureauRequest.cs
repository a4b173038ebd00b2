namespace SecurityTrax.Testing.Fakes;

/// <summary>One request the fake bureau received, with the key and subscriber code it carried and its JSON body.</summary>
public sealed record FakeBureauRequest(string Method, string PathAndQuery, string? ApiKey, string? SubscriberCode, string? IdempotencyKey, string Body);
