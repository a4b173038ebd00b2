using SecurityTrax.Files;

namespace SecurityTrax.Gateway.Files;

/// <summary>
/// The company's file settings: the per-file limit and storage quota in bytes, how much is used, how many days after
/// uploading a user may delete their own file (null: no limit), and whether photos keep their location.
/// </summary>
public sealed record FilePolicyResponse(long MaxFileBytes, long QuotaBytes, long UsedBytes, int? DeleteOwnWithinDays, bool KeepImageLocation)
{
    public static FilePolicyResponse From(FilePolicy p) => new(p.MaxFileBytes, p.QuotaBytes, p.UsedBytes, p.DeleteOwnWithinDays, p.KeepImageLocation);
}
