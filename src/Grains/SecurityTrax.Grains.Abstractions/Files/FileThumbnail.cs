namespace SecurityTrax.Files;

/// <summary>A stored thumbnail: its blob beside the file's, its size, SHA-256 and type (JPEG, or PNG for images with transparency).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.FileThumbnail")]
public sealed record FileThumbnail(
    [property: Id(0)] Guid BlobId,
    [property: Id(1)] long Size,
    [property: Id(2)] string Sha256,
    [property: Id(3)] string ContentType);
