using SecurityTrax.Files;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.Files;

/// <summary>
/// A file on a customer. <see cref="Type"/> is detected from the content. <see cref="Thumbnail"/>, for images only:
/// <c>pending</c> while it is made after the upload, <c>ready</c> (then <see cref="ThumbnailUrl"/> is set) or
/// <c>failed</c> (the image could not be read; the file itself is still there).
/// </summary>
public sealed record CustomerFileResponse(
    int Id, string Name, long Size, string Type, string? Category, string? Description, string Sha256,
    long? UploadedById, string UploadedByName, DateTimeOffset UploadedAt, DateTimeOffset? DeletedAt,
    string ContentUrl, string? ThumbnailUrl, string? Thumbnail, string ETag)
{
    public static CustomerFileResponse From(long customerId, FileDetails f)
    {
        var content = $"/api/v1/customers/{customerId}/files/{f.Id}/content";
        var thumbnail = f.Thumbnail == ThumbnailState.Ready ? $"/api/v1/customers/{customerId}/files/{f.Id}/thumbnail" : null;
        var state = f.Thumbnail == ThumbnailState.None ? null : f.Thumbnail.ToString().ToLowerInvariant();
        return new(f.Id, f.Name, f.Size, f.ContentType, f.Category, f.Description, f.Sha256, UserIds.Number(f.UploadedById),
            f.UploadedByName, f.UploadedAt, f.DeletedAt, content, thumbnail, state, ETags.Format(f.Version));
    }
}
