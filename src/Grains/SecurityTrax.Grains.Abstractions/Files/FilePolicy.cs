namespace SecurityTrax.Files;

/// <summary>A company's file settings and how much of its quota is used.</summary>
/// <param name="DeleteOwnWithinDays">When set, users may delete only files they uploaded within this many days (admins any).</param>
[GenerateSerializer, Immutable, Alias("SecurityTrax.FilePolicy")]
public sealed record FilePolicy(
    [property: Id(0)] long MaxFileBytes,
    [property: Id(1)] long QuotaBytes,
    [property: Id(2)] long UsedBytes,
    [property: Id(3)] int? DeleteOwnWithinDays,
    [property: Id(4)] bool KeepImageLocation,
    [property: Id(5)] int Version);
