namespace SecurityTrax.Messages;

public sealed class SmsOptOutState
{
    public HashSet<string> OptedOut { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Message SIDs of the latest inbound texts read (oldest first), so a replayed callback is read once.</summary>
    public List<string> RecentMessageSids { get; set; } = [];
}
