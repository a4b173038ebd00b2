namespace SecurityTrax.Files;

/// <summary>Where a file's thumbnail stands: only images get one, made after the upload answered.</summary>
public enum ThumbnailState
{
    None = 0,
    Pending = 1,
    Ready = 2,
    Failed = 3,
}
