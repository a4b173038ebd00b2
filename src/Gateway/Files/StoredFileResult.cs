using System.Text;
using Microsoft.Net.Http.Headers;
using SecurityTrax.Files;
using SecurityTrax.FileStore;
using SecurityTrax.Gateway.Http;

namespace SecurityTrax.Gateway.Files;

/// <summary>
/// Streams a stored file out as a download: always an attachment, never sniffed or run by the browser, one byte range
/// when asked, and only after its SHA-256 matched what was stored (a damaged file answers 500, not damaged bytes).
/// </summary>
public sealed class StoredFileResult(IFileStore store, string tenant, FileDetails file) : IResult
{
    /// <summary>Types a browser shows without running anything; every other type is sent as plain bytes.</summary>
    private static readonly HashSet<string> PassiveTypes = new(StringComparer.Ordinal)
    {
        "application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", "image/tiff", "text/plain", "application/zip",
        FileTypeDetector.Docx.MediaType, FileTypeDetector.Xlsx.MediaType,
    };

    public async Task ExecuteAsync(HttpContext http)
    {
        var aborted = http.RequestAborted;
        var hash = await store.HashAsync(tenant, file.BlobId, aborted);
        if (hash is null || !string.Equals(Convert.ToHexStringLower(hash), file.Sha256, StringComparison.Ordinal))
        {
            await TypedResults.Problem(FileProblems.Problem(StatusCodes.Status500InternalServerError, FileProblems.Corrupt,
                "The stored file is damaged.", $"{file.Name} no longer matches the SHA-256 recorded at upload, so it is not sent. Upload it again.")).ExecuteAsync(http);
            return;
        }

        var response = http.Response;
        var etag = new EntityTagHeaderValue($"\"{file.Sha256}\"");
        var headers = response.GetTypedHeaders();
        headers.ETag = etag;
        headers.ContentDisposition = Disposition(file.Name);
        response.Headers.XContentTypeOptions = "nosniff";
        // Even if something opened it inline, a sandboxed document runs no script.
        response.Headers.ContentSecurityPolicy = "sandbox";
        response.Headers.AcceptRanges = "bytes";
        response.Headers.CacheControl = "private, no-cache";
        response.ContentType = PassiveTypes.Contains(file.ContentType) ? file.ContentType : "application/octet-stream";

        var request = http.Request.GetTypedHeaders();
        if (request.IfNoneMatch.Any(t => t.Compare(etag, useStrongComparison: false) || t.Equals(EntityTagHeaderValue.Any)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        var (offset, count) = (0L, file.Size);
        if (ByteRange.Of(http.Request, etag, file.Size) is { } range)
        {
            if (range.Unsatisfiable)
            {
                response.Headers.ContentRange = $"bytes */{file.Size}";
                response.ContentType = null;
                await TypedResults.Problem(FileProblems.Problem(StatusCodes.Status416RangeNotSatisfiable, FileProblems.RangeNotSatisfiable,
                    "The range is outside the file.", $"The file has {file.Size} bytes.")).ExecuteAsync(http);
                return;
            }

            (offset, count) = (range.From, range.Length);
            response.StatusCode = StatusCodes.Status206PartialContent;
            response.Headers.ContentRange = $"bytes {range.From}-{range.From + range.Length - 1}/{file.Size}";
        }

        response.ContentLength = count;
        await store.CopyToAsync(tenant, file.BlobId, offset, count, response.Body, aborted);
    }

    /// <summary>RFC 6266: an ASCII <c>filename</c> for old clients and the exact name as UTF-8 in <c>filename*</c>.</summary>
    public static ContentDispositionHeaderValue Disposition(string name)
    {
        var ascii = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            ascii.Append(c is >= ' ' and < (char)127 and not '"' and not '\\' and not '%' ? c : '_');
        }

        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = $"\"{ascii}\"" };
        disposition.SetHttpFileName(name);
        disposition.FileName = $"\"{ascii}\"";
        return disposition;
    }
}
