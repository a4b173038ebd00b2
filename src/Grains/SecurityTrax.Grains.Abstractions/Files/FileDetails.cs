namespace SecurityTrax.Files;

/// <summary>One file on a customer; <see cref="BlobId"/> names its bytes in the file store.</summary>
/// <param name="Thumbnail">Images get a thumbnail made in the background; <see cref="ThumbnailBlob"/> once it is ready.</param>
[GenerateSerializer, Immutable, Alias("SecurityTrax.FileDetails")]
public sealed record FileDetails(
    [property: Id(0)] int Id,
    [property: Id(1)] string Name,
    [property: Id(2)] long Size,
    [property: Id(3)] string ContentType,
    [property: Id(4)] string? Category,
    [property: Id(5)] string? Description,
    [property: Id(6)] string Sha256,
    [property: Id(7)] string UploadedById,
    [property: Id(8)] string UploadedByName,
    [property: Id(9)] DateTimeOffset UploadedAt,
    [property: Id(10)] DateTimeOffset? DeletedAt,
    [property: Id(11)] Guid BlobId,
    [property: Id(12)] int Version,
    [property: Id(13)] ThumbnailState Thumbnail = ThumbnailState.None,
    [property: Id(14)] FileThumbnail? ThumbnailBlob = null);
