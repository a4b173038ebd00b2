namespace SecurityTrax.Web.Api.Files;

/// <summary>A file on the customer as <c>GET …/files</c> lists it; <see cref="Thumbnail"/> is pending, ready or failed for images.</summary>
public sealed record CustomerFile(
    int Id, string Name, long Size, string Type, string? Category, string? Description, string Sha256,
    long? UploadedById, string UploadedByName, DateTimeOffset UploadedAt, DateTimeOffset? DeletedAt,
    string ContentUrl, string? ThumbnailUrl, string? Thumbnail, string ETag)
{
    public bool IsImage => Type is "image/jpeg" or "image/png" or "image/webp" or "image/gif";

    public bool IsPdf => Type == "application/pdf";
}
