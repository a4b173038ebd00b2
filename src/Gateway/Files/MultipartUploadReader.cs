using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;
using SecurityTrax.Files;
using SecurityTrax.FileStore;

namespace SecurityTrax.Gateway.Files;

/// <summary>
/// Reads a multipart/form-data upload section by section and streams each file straight into the store, so no whole
/// file is ever held in memory. Category and description may come before or after the files: they apply to all.
/// </summary>
public sealed class MultipartUploadReader(IFileStore store, ICustomerFilesGrain files, string tenant, UploadLimits limits)
{
    private const int MaxFieldLength = 4096;

    /// <summary>Files plus the two fields, with room for a client that repeats a field: anything beyond is not an upload.</summary>
    private const int MaxParts = UploadLimits.MaxFiles + 10;

    private readonly List<FileUpload> _uploads = [];

    /// <summary>Every blob reserved for this request; the caller cancels those that were not committed.</summary>
    public List<Guid> Reserved { get; } = [];

    public async Task<UploadOutcome> ReadAsync(HttpRequest request)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(type.Boundary).Value is not { Length: > 0 } boundary)
        {
            return Fail(FileProblems.Field("body", "Send the files as multipart/form-data."));
        }

        var body = new StallGuardStream(request.Body, limits.StallTimeout, request.HttpContext.RequestAborted);
        // Each file's size is bounded by the company's limit while it streams, not by the reader's default of 128 MB.
        var reader = new MultipartReader(boundary, body) { BodyLengthLimit = null };
        var parts = 0;
        string? category = null, description = null;
        try
        {
            while (await reader.ReadNextSectionAsync(request.HttpContext.RequestAborted) is { } section)
            {
                if (++parts > MaxParts)
                {
                    return Fail(FileProblems.Field("files", $"At most {UploadLimits.MaxFiles} files in one request."));
                }

                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    return Fail(FileProblems.Field("body", "Every part needs a Content-Disposition header."));
                }

                var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value ?? "";
                // A "files" part with an empty file name is still a file: it is refused for its name, not as a stray field.
                if (disposition.IsFileDisposition() || name == "files")
                {
                    if (await ReadFileAsync(section, disposition, request.HttpContext.RequestAborted) is { } problem)
                    {
                        return Fail(problem);
                    }

                    continue;
                }

                var value = await ReadFieldAsync(section.Body);
                switch (name)
                {
                    case "category" when value is not null: category = value; break;
                    case "description" when value is not null: description = value; break;
                    case "category" or "description": return Fail(FileProblems.Field(name, $"At most {MaxFieldLength} characters."));
                    default: return Fail(FileProblems.Field(name.Length == 0 ? "body" : name, "This member is not part of a file upload (files, category, description)."));
                }
            }
        }
        catch (OperationCanceledException) when (body.Stalled)
        {
            return Fail(FileProblems.Problem(StatusCodes.Status408RequestTimeout, FileProblems.Stalled, "The upload stalled.",
                string.Create(CultureInfo.InvariantCulture, $"No data arrived for {limits.StallTimeout.TotalSeconds:0.#} seconds; nothing of this upload was kept. Send it again.")));
        }
        catch (Exception e) when (e is IOException or InvalidDataException && !request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            return Fail(FileProblems.Field("body", "The multipart body is cut short or malformed; nothing of this upload was kept."));
        }

        return _uploads.Count == 0
            ? Fail(FileProblems.Field("files", "Send at least one file."))
            : new UploadOutcome([.. _uploads.Select(u => u with { Category = category, Description = description })], null);
    }

    private async Task<Microsoft.AspNetCore.Mvc.ProblemDetails?> ReadFileAsync(
        MultipartSection section, ContentDispositionHeaderValue disposition, CancellationToken aborted)
    {
        var field = $"files[{_uploads.Count}]";
        if (_uploads.Count >= UploadLimits.MaxFiles)
        {
            return FileProblems.Field("files", $"At most {UploadLimits.MaxFiles} files in one request.");
        }

        var fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return FileProblems.Field($"{field}.name", "A file needs a name.");
        }

        if (UploadFileNames.Problem(fileName) is { } badName)
        {
            return FileProblems.Field($"{field}.name", badName);
        }

        var reservation = await files.ReserveAsync();
        Reserved.Add(reservation.BlobId);
        StoredBlob blob;
        try
        {
            // The location goes before the bytes reach the store, so the stored SHA-256 and ETag are of what is kept.
            var content = reservation.KeepImageLocation ? section.Body : await JpegLocationStripper.StripAsync(section.Body, aborted);
            blob = await store.WriteAsync(tenant, reservation.BlobId, content, reservation.MaxBytes, aborted);
        }
        catch (FileTooLargeException e)
        {
            return FileProblems.Problem(StatusCodes.Status413PayloadTooLarge, FileProblems.TooLarge, "The file is too large.",
                $"{field} ({fileName}) is larger than the {FileQuotaText(e.MaxBytes)} the company allows per file; nothing of this upload was kept.");
        }

        if (blob.Size == 0)
        {
            return FileProblems.Field(field, $"{fileName} is empty.");
        }

        var detected = FileTypeDetector.Detect(blob.Head);
        if (FileTypeDetector.Mismatch(fileName, detected) is { } mismatch)
        {
            return FileProblems.Field(field, mismatch);
        }

        _uploads.Add(new FileUpload(reservation.BlobId, fileName, blob.Size, Convert.ToHexStringLower(blob.Sha256), detected.MediaType, null, null));
        return null;
    }

    /// <summary>A form field's text, or null when it is longer than a field may be.</summary>
    private static async Task<string?> ReadFieldAsync(Stream body)
    {
        using var text = new StreamReader(body);
        var buffer = new char[MaxFieldLength + 1];
        var read = await text.ReadBlockAsync(buffer);
        return read > MaxFieldLength ? null : new string(buffer, 0, read);
    }

    private static UploadOutcome Fail(Microsoft.AspNetCore.Mvc.ProblemDetails problem) => new([], problem);

    private static string FileQuotaText(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.##} MB");
}
