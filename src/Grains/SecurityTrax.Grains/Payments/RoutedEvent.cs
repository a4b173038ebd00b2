namespace SecurityTrax.Payments;

/// <summary>
/// A processor event and where it points: the payment named in the object's metadata (when the object is ours),
/// else the payment holding <see cref="ProcessorEvent.TransactionId"/>. <see cref="Ours"/>: the object was made by
/// SecurityTrax for this company, so not finding its payment means "not yet", not "someone else's".
/// </summary>
public sealed record RoutedEvent(ProcessorEvent Event, long? PaymentId, bool Ours);
