namespace SecurityTrax.Messages.Delivery;

/// <summary>The default when no provider is configured: the stored message is the outbox, visible in the Messages tab.</summary>
public sealed class LocalOutboxTransport(MessageChannel channel) : IMessageTransport
{
    public const string Name = "local-outbox";

    public MessageChannel Channel => channel;

    public string Provider => Name;

    public Task<DeliveryOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken) =>
        Task.FromResult(DeliveryOutcome.Accepted(Name, message.MessageId));
}
