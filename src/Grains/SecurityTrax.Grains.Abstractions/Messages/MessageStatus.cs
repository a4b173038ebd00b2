namespace SecurityTrax.Messages;

/// <summary>Where a message is on its way to the recipient.</summary>
/// <remarks>
/// <see cref="Unknown"/> means the provider was called and no answer came back (a crash or a timeout during the
/// call): the message may or may not have gone out, so it is never resent silently; the office decides.
/// </remarks>
public enum MessageStatus
{
    Queued,
    Sending,
    Sent,
    Delivered,
    Failed,
    Unknown,
}
