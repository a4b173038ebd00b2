namespace SecurityTrax.Integrations;

public sealed class SmtpRecord
{
    public string Host { get; set; } = "";

    public int Port { get; set; }

    public string Security { get; set; } = "";

    public string? UserName { get; set; }

    public string? EncryptedPassword { get; set; }

    public string From { get; set; } = "";

    public string? FromName { get; set; }
}
