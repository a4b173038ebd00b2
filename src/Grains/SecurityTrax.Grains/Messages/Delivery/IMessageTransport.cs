namespace SecurityTrax.Messages.Delivery;

/// <summary>Hands a message to one provider and says what that proved; never throws for a provider's answer.</summary>
public interface IMessageTransport
{
    MessageChannel Channel { get; }

    string Provider { get; }

    Task<DeliveryOutcome> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
