using SecurityTrax.Files;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.Files;

/// <summary>A file on a customer. <see cref="Type"/> is detected from the content; <see cref="ThumbnailUrl"/> is set for images.</summary>
public sealed record CustomerFileResponse(
    int Id, string Name, long Size, string Type, string? Category, string? Description, string Sha256,
    long? UploadedById, string UploadedByName, DateTimeOffset UploadedAt, DateTimeOffset? DeletedAt,
    string ContentUrl, string? ThumbnailUrl, string ETag)
{
    public static CustomerFileResponse From(long customerId, FileDetails f)
    {
        var content = $"/api/v1/customers/{customerId}/files/{f.Id}/content";
        // Until thumbnails are made, an image's own content stands in for its thumbnail.
        var thumbnail = f.ContentType.StartsWith("image/", StringComparison.Ordinal) && f.ContentType != "image/svg+xml" ? content : null;
        return new(f.Id, f.Name, f.Size, f.ContentType, f.Category, f.Description, f.Sha256, UserIds.Number(f.UploadedById),
            f.UploadedByName, f.UploadedAt, f.DeletedAt, content, thumbnail, ETags.Format(f.Version));
    }
}
