using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using SecurityTrax.Errors;
using SecurityTrax.Files;
using SecurityTrax.FileStore;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Gateway.Http;
using SecurityTrax.Gateway.OpenApi;
using SecurityTrax.Identity;

namespace SecurityTrax.Gateway.Files;

public static class FilesApi
{
    public const string Resource = "files";

    public static IEndpointRouteBuilder MapFilesApi(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/customers/{id:long}/files").WithTags("Files");
        group.MapPost("", UploadAsync).RequireGrant(Resource, Grants.Create).WithName("UploadFiles")
            .Accepts<UploadFilesForm>("multipart/form-data")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .AnswersProblem(StatusCodes.Status408RequestTimeout, "The upload sent nothing for a while (Files:StallTimeout); nothing was kept.")
            .AnswersProblem(StatusCodes.Status413PayloadTooLarge, "A file is larger than the company's per-file limit; nothing was kept.")
            .AnswersProblem(StatusCodes.Status507InsufficientStorage, "The company's storage quota is used up; nothing was kept.");
        group.MapGet("", ListAsync).RequireGrant(Resource, Grants.View).WithName("ListFiles");
        group.MapGet("/{fileId:int}", GetAsync).RequireGrant(Resource, Grants.View).WithName("GetFile");
        group.MapGet("/{fileId:int}/content", ContentAsync).RequireGrant(Resource, Grants.View).WithName("DownloadFile")
            .Produces<Stream>(StatusCodes.Status200OK, "application/octet-stream")
            .Produces<Stream>(StatusCodes.Status206PartialContent, "application/octet-stream")
            .Produces(StatusCodes.Status304NotModified)
            .AnswersProblem(StatusCodes.Status416RangeNotSatisfiable, "The range starts after the file's end.")
            .AnswersProblem(StatusCodes.Status500InternalServerError, "The stored bytes no longer match the file's SHA-256; they are not sent.");
        group.MapGet("/{fileId:int}/thumbnail", ThumbnailAsync).RequireGrant(Resource, Grants.View).WithName("GetFileThumbnail")
            .Produces<Stream>(StatusCodes.Status200OK, "image/jpeg", "image/png")
            .Produces(StatusCodes.Status304NotModified)
            .AnswersProblem(StatusCodes.Status500InternalServerError, "The stored thumbnail no longer matches its SHA-256; it is not sent.");
        group.MapPut("/{fileId:int}", UpdateAsync).RequireGrant(Resource, Grants.Modify).WithName("UpdateFile");
        group.MapDelete("/{fileId:int}", DeleteAsync).RequireGrant(Resource, Grants.Delete).WithName("DeleteFile");
        group.MapPost("/{fileId:int}/restore", RestoreAsync).RequireGrant(Grants.FilesDeleteAny).WithName("RestoreFile");
        return routes;
    }

    /// <summary>
    /// Uploads one or more files (multipart/form-data: parts <c>files</c>, optional <c>category</c> and
    /// <c>description</c> for all of them), all or none. Each file is streamed to the store; its type is read from its
    /// content, an executable whose name says otherwise is refused, and a name taken on this customer becomes "name (2)".
    /// </summary>
    public static async Task<Results<Created<CustomerFileResponse[]>, ProblemHttpResult>> UploadAsync(
        long id, HttpRequest request, IClusterClient cluster, CurrentUser me, IFileStore store, UploadLimits limits)
    {
        // The company's per-file limit and the number of files bound an upload, not the server's default body limit.
        if (request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = null;
        }

        var files = Files(cluster, me, id);
        var reader = new MultipartUploadReader(store, files, me.Tenant, limits);
        var committed = false;
        try
        {
            var outcome = await reader.ReadAsync(request);
            if (outcome.Problem is { } problem)
            {
                return TypedResults.Problem(problem);
            }

            var commit = await files.CommitAsync(outcome.Uploads);
            committed = true;
            return commit.Refusal switch
            {
                FileRefusal.TooLarge => TypedResults.Problem(FileProblems.Problem(
                    StatusCodes.Status413PayloadTooLarge, FileProblems.TooLarge, "The file is too large.", commit.Reason!)),
                FileRefusal.QuotaExceeded => TypedResults.Problem(FileProblems.Problem(
                    StatusCodes.Status507InsufficientStorage, FileProblems.QuotaExceeded, "The company's file storage is full.", commit.Reason!)),
                _ => TypedResults.Created($"/api/v1/customers/{id}/files", commit.Files.Select(f => CustomerFileResponse.From(id, f)).ToArray()),
            };
        }
        finally
        {
            // A refused, broken or abandoned upload leaves nothing: its reservations go, and with them any bytes stored.
            if (!committed)
            {
                foreach (var blob in reader.Reserved)
                {
                    await files.CancelAsync(blob);
                }
            }
        }
    }

    /// <summary>The customer's files, newest first; <c>deleted=true</c> lists the deleted ones that can still be restored.</summary>
    public static async Task<Results<Ok<CustomerFileResponse[]>, ProblemHttpResult>> ListAsync(long id, bool? deleted, IClusterClient cluster, CurrentUser me)
    {
        if (deleted == true && !me.Grants.Contains(Grants.FilesDeleteAny))
        {
            return TypedResults.Problem(MissingGrants.Problem(Grants.FilesDeleteAny));
        }

        var files = await Files(cluster, me, id).ListAsync(deleted == true);
        return TypedResults.Ok(files.Select(f => CustomerFileResponse.From(id, f)).ToArray());
    }

    /// <summary>One file's details; the ETag is its version for If-Match.</summary>
    public static async Task<Ok<CustomerFileResponse>> GetAsync(long id, int fileId, IClusterClient cluster, CurrentUser me, HttpResponse response)
    {
        var file = await Files(cluster, me, id).GetAsync(fileId);
        ETags.Set(response, file.Version);
        return TypedResults.Ok(CustomerFileResponse.From(id, file));
    }

    /// <summary>
    /// Downloads a file: always as an attachment (RFC 6266 file name), <c>X-Content-Type-Options: nosniff</c>, HTML,
    /// SVG and scripts as plain bytes; one <c>Range</c> (206), <c>If-Range</c> and <c>If-None-Match</c> on the content's
    /// ETag (its SHA-256).
    /// </summary>
    public static async Task<StoredFileResult> ContentAsync(long id, int fileId, IClusterClient cluster, CurrentUser me, IFileStore store) =>
        new(store, me.Tenant, await Files(cluster, me, id).GetAsync(fileId));

    /// <summary>
    /// An image's thumbnail (JPEG, or PNG with transparency; at most 256×256), made in the background after the upload:
    /// 404 while it is pending, when it failed, or for files that are not images. ETag, nosniff and attachment as downloads.
    /// </summary>
    public static async Task<Results<StoredFileResult, ProblemHttpResult>> ThumbnailAsync(
        long id, int fileId, IClusterClient cluster, CurrentUser me, IFileStore store)
    {
        var file = await Files(cluster, me, id).GetAsync(fileId);
        if (file is not { Thumbnail: ThumbnailState.Ready, ThumbnailBlob: { } thumbnail })
        {
            var why = file.Thumbnail switch
            {
                ThumbnailState.Pending => "Its thumbnail is still being made; try again in a moment.",
                ThumbnailState.Failed => "It could not be read as an image, so it has no thumbnail. The file itself can still be downloaded.",
                _ => "Only images (JPEG, PNG, WebP, GIF) have thumbnails.",
            };
            return TypedResults.Problem(FileProblems.Problem(StatusCodes.Status404NotFound, FileProblems.NoThumbnail, "No thumbnail.", $"{file.Name}: {why}"));
        }

        var extension = thumbnail.ContentType == "image/png" ? ".png" : ".jpg";
        return new StoredFileResult(store, me.Tenant, file with
        {
            Name = $"{Path.GetFileNameWithoutExtension(file.Name)} (thumbnail){extension}",
            BlobId = thumbnail.BlobId,
            Size = thumbnail.Size,
            Sha256 = thumbnail.Sha256,
            ContentType = thumbnail.ContentType,
        });
    }

    /// <summary>Renames a file or changes its category and description (If-Match: its ETag); send back what GET gave.</summary>
    public static async Task<Results<Ok<CustomerFileResponse>, ProblemHttpResult>> UpdateAsync(
        long id, int fileId, UpdateFileRequest request, IClusterClient cluster, CurrentUser me, HttpContext http, IfMatch ifMatch)
    {
        var files = Files(cluster, me, id);
        if (request.Echoed is not null && await files.GetAsync(fileId) is { } current && current.Version == ifMatch.Version)
        {
            ReadOnlyMembers.Of(CustomerFileResponse.From(id, current), http).Refuse(request.Echoed);
        }

        var errors = new RequestErrors();
        var name = errors.Required(request.Name, "name");
        if (errors.Any)
        {
            return TypedResults.Problem(errors.ToProblem());
        }

        var file = await files.UpdateAsync(fileId, new FileEdit(name, request.Category, request.Description), ifMatch.Version);
        ETags.Set(http.Response, file.Version);
        return TypedResults.Ok(CustomerFileResponse.From(id, file));
    }

    /// <summary>
    /// Deletes a file (If-Match: its ETag). It can be restored for 30 days, then it is purged. A company policy may let
    /// users delete only files they uploaded within some days; <c>files.delete_any</c> deletes any.
    /// </summary>
    public static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, int fileId, IClusterClient cluster, CurrentUser me, IfMatch ifMatch)
    {
        try
        {
            await Files(cluster, me, id).DeleteAsync(fileId, ifMatch.Version, me.Grants.Contains(Grants.FilesDeleteAny));
            return TypedResults.NoContent();
        }
        catch (SecurityTraxException e) when (e.Kind == ErrorKind.Forbidden)
        {
            // The company policy refused it: say which grant would have allowed it, as every 403 does.
            var problem = MissingGrants.Problem(Grants.FilesDeleteAny);
            problem.Detail = e.Message;
            return TypedResults.Problem(problem);
        }
    }

    /// <summary>Restores a deleted file within 30 days of its deletion (If-Match: its ETag in <c>?deleted=true</c>).</summary>
    public static async Task<Ok<CustomerFileResponse>> RestoreAsync(long id, int fileId, IClusterClient cluster, CurrentUser me, HttpResponse response, IfMatch ifMatch)
    {
        var file = await Files(cluster, me, id).RestoreAsync(fileId, ifMatch.Version);
        ETags.Set(response, file.Version);
        return TypedResults.Ok(CustomerFileResponse.From(id, file));
    }

    private static ICustomerFilesGrain Files(IClusterClient cluster, CurrentUser me, long id) =>
        cluster.GetGrain<ICustomerFilesGrain>(me.Key(id.ToString(CultureInfo.InvariantCulture)));
}
