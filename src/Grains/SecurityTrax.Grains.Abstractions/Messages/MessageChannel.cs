namespace SecurityTrax.Messages;

/// <summary>How a message reaches its recipient.</summary>
public enum MessageChannel
{
    Email,
    Sms,
}
