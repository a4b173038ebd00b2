namespace SecurityTrax.Web.Api;

/// <summary>A message template; <see cref="SystemKind"/> marks the system's own (invoice email, receipt…), sent by their features.</summary>
public sealed record MessageTemplate(int Id, string Name, string Channel, string? SystemKind)
{
    public string ChannelName => Channel == "sms" ? "SMS" : "Email";
}
