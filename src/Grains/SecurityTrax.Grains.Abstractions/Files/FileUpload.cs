namespace SecurityTrax.Files;

/// <summary>What the gateway learned while it streamed a reserved upload into the store.</summary>
/// <param name="ContentType">The type detected from the content, never the declared one.</param>
[GenerateSerializer, Immutable, Alias("SecurityTrax.FileUpload")]
public sealed record FileUpload(
    [property: Id(0)] Guid BlobId,
    [property: Id(1)] string Name,
    [property: Id(2)] long Size,
    [property: Id(3)] string Sha256,
    [property: Id(4)] string ContentType,
    [property: Id(5)] string? Category,
    [property: Id(6)] string? Description);
