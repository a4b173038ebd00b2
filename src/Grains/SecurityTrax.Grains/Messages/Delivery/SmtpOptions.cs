namespace SecurityTrax.Messages.Delivery;

public sealed class SmtpOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary><c>Auto</c>, <c>None</c>, <c>StartTls</c>, <c>StartTlsWhenAvailable</c> or <c>SslOnConnect</c>.</summary>
    public string Security { get; set; } = "Auto";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public string? From { get; set; }

    public string? FromName { get; set; }

    public int TimeoutSeconds { get; set; } = 20;

    /// <summary>Open connections kept for reuse; also the most messages handed over at once.</summary>
    public int Connections { get; set; } = 4;
}
