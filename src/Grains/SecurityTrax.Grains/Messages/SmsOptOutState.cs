namespace SecurityTrax.Messages;

public sealed class SmsOptOutState
{
    public HashSet<string> OptedOut { get; set; } = new(StringComparer.Ordinal);
}
