namespace SecurityTrax.FileStore;

/// <summary>An upload passed its size limit while it streamed; the store kept none of it.</summary>
public sealed class FileTooLargeException(long maxBytes)
    : Exception($"The file is larger than {maxBytes} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}
