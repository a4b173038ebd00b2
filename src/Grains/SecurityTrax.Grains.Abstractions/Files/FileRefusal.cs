namespace SecurityTrax.Files;

/// <summary>Why a stored upload was not recorded; the gateway answers each with its own status.</summary>
public enum FileRefusal
{
    None = 0,
    TooLarge = 1,
    QuotaExceeded = 2,
}
