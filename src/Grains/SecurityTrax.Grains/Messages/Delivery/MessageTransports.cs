namespace SecurityTrax.Messages.Delivery;

/// <summary>The transport for each channel: the configured provider, or the local outbox.</summary>
public sealed class MessageTransports(IEnumerable<IMessageTransport> transports)
{
    private readonly Dictionary<MessageChannel, IMessageTransport> _byChannel = Enum.GetValues<MessageChannel>().ToDictionary(
        channel => channel,
        channel => transports.LastOrDefault(t => t.Channel == channel) ?? new LocalOutboxTransport(channel));

    public IMessageTransport For(MessageChannel channel) => _byChannel[channel];
}
