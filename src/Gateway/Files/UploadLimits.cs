namespace SecurityTrax.Gateway.Files;

/// <summary>Limits of one upload request that do not depend on the company.</summary>
/// <param name="StallTimeout">An upload that sends nothing for this long is given up and nothing of it is kept.</param>
public sealed record UploadLimits(TimeSpan StallTimeout)
{
    /// <summary>At most this many files in one request.</summary>
    public const int MaxFiles = 20;
}
