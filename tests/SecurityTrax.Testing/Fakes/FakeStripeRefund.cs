namespace SecurityTrax.Testing.Fakes;

/// <summary>One refund, as recorded by the fake.</summary>
public sealed record FakeStripeRefund(
    string Id,
    string ChargeId,
    string PaymentIntentId,
    long Amount,
    string Currency,
    string? Reason,
    string ApiKey,
    string? IdempotencyKey)
{
    internal static FakeStripeRefund From(FakeStripeStoredObject stored)
    {
        var json = stored.Json;
        return new FakeStripeRefund(
            stored.Id,
            (string)json["charge"]!,
            (string)json["payment_intent"]!,
            (long)json["amount"]!,
            (string)json["currency"]!,
            (string?)json["reason"],
            stored.Account,
            stored.IdempotencyKey);
    }
}
