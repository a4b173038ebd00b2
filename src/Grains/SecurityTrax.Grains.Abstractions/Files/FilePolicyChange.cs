namespace SecurityTrax.Files;

/// <summary>The company file settings an admin can change.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.FilePolicyChange")]
public sealed record FilePolicyChange(
    [property: Id(0)] long MaxFileBytes,
    [property: Id(1)] long QuotaBytes,
    [property: Id(2)] int? DeleteOwnWithinDays,
    [property: Id(3)] bool KeepImageLocation);
