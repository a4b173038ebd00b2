namespace SecurityTrax.Outbox;

/// <summary>A grain state that carries an outbox.</summary>
public interface IHasOutbox
{
    OutboxState Outbox { get; }
}
