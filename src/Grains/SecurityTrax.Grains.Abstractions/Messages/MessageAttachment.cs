namespace SecurityTrax.Messages;

/// <summary>A file sent with an email (an invoice PDF).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.MessageAttachment")]
public sealed record MessageAttachment(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] byte[] Content);
