namespace SecurityTrax.Invoices;

/// <summary>A rendered invoice document and the file name to offer it under.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.PrintedInvoice")]
public sealed record PrintedInvoice(
    [property: Id(0)] string FileName,
    [property: Id(1)] string ContentType,
    [property: Id(2)] byte[] Content);
