using System.Globalization;

namespace SecurityTrax.Files;

/// <summary>Holds the uploads of one request against the company's per-file limit and storage quota, all or none.</summary>
public static class FileQuota
{
    /// <summary>Null when every upload fits and is counted; otherwise the refusal, with nothing counted.</summary>
    public static async Task<FileCommit?> RefusalAsync(ITenantFilesGrain company, IReadOnlyList<FileUpload> uploads)
    {
        var policy = await company.GetAsync();
        if (uploads.FirstOrDefault(u => u.Size > policy.MaxFileBytes) is { } large)
        {
            return new FileCommit([], FileRefusal.TooLarge, $"{large.Name} is larger than the {Megabytes(policy.MaxFileBytes)} a file may have.");
        }

        var claimed = new List<Guid>();
        foreach (var upload in uploads)
        {
            if (!await company.ClaimAsync(upload.BlobId, upload.Size))
            {
                foreach (var blob in claimed)
                {
                    await company.ReleaseAsync(blob);
                }

                var needed = uploads.Sum(u => u.Size);
                return new FileCommit([], FileRefusal.QuotaExceeded,
                    $"The company's file storage is full: {Megabytes(policy.UsedBytes)} of {Megabytes(policy.QuotaBytes)} are used and these files need {Megabytes(needed)}. Delete files (they are freed 30 days later) or ask for a larger quota.");
            }

            claimed.Add(upload.BlobId);
        }

        return null;
    }

    public static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.##} MB");
}
