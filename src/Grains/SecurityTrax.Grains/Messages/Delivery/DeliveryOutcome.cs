namespace SecurityTrax.Messages.Delivery;

public sealed record DeliveryOutcome(DeliveryResult Result, string Provider, string? ProviderMessageId, string? Reason)
{
    public static DeliveryOutcome Accepted(string provider, string? providerMessageId) =>
        new(DeliveryResult.Accepted, provider, providerMessageId, null);

    public static DeliveryOutcome Rejected(string provider, string reason) => new(DeliveryResult.Rejected, provider, null, reason);

    public static DeliveryOutcome NotAccepted(string provider, string reason) => new(DeliveryResult.NotAccepted, provider, null, reason);

    public static DeliveryOutcome Unknown(string provider, string reason) => new(DeliveryResult.Unknown, provider, null, reason);
}
