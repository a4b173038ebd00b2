namespace SecurityTrax.Messages.Delivery;

/// <summary>The transport for each channel: the configured provider, or the local outbox.</summary>
public sealed class MessageTransports(IEnumerable<IMessageTransport> transports)
{
    private readonly Dictionary<MessageChannel, IMessageTransport> _byChannel = transports.ToDictionary(t => t.Channel);

    public IMessageTransport For(MessageChannel channel) =>
        _byChannel.TryGetValue(channel, out var transport) ? transport : new LocalOutboxTransport(channel);
}
