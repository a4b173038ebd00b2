namespace SecurityTrax.Files;

/// <summary>Stored as JSON; add members, never rename them.</summary>
public sealed class TenantFilesState
{
    public long MaxFileBytes { get; set; } = TenantFilesGrain.DefaultMaxFileBytes;

    public long QuotaBytes { get; set; } = TenantFilesGrain.DefaultQuotaBytes;

    public int? DeleteOwnWithinDays { get; set; }

    public bool KeepImageLocation { get; set; }

    /// <summary>The size of every stored blob the quota counts, by blob id (so a repeated claim counts once).</summary>
    public Dictionary<Guid, long> Blobs { get; set; } = [];

    public long UsedBytes { get; set; }

    public int Version { get; set; }
}
