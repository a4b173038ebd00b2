using System.Text.Json.Nodes;

namespace SecurityTrax.Testing.Fakes;

/// <summary>One attempt to take money, as recorded by the fake; <see cref="Status"/> is succeeded, pending or failed.</summary>
public sealed record FakeStripeCharge(
    string Id,
    string PaymentIntentId,
    string? CustomerId,
    string PaymentMethodId,
    long Amount,
    string Currency,
    string Status,
    long AmountRefunded,
    string? FailureCode,
    string ApiKey,
    string? IdempotencyKey)
{
    internal static FakeStripeCharge From(FakeStripeStoredObject stored)
    {
        var json = stored.Json;
        return new FakeStripeCharge(
            stored.Id,
            (string)json["payment_intent"]!,
            (string?)json["customer"],
            (string)json["payment_method"]!,
            (long)json["amount"]!,
            (string)json["currency"]!,
            (string)json["status"]!,
            (long)json["amount_refunded"]!,
            (string?)json["failure_code"],
            stored.Account,
            stored.IdempotencyKey);
    }
}
