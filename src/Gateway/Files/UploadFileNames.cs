namespace SecurityTrax.Gateway.Files;

/// <summary>
/// What an upload's file name may be: the name the sender's file system gives the file. A path, a control character,
/// a bidirectional text control (which shows "invoice‮fdp.exe" as "invoiceexe.pdf") or more than 255 characters come
/// from no file system, so such an upload is refused rather than its name cleaned; renames still clean what a user types.
/// </summary>
public static class UploadFileNames
{
    public const int MaxLength = 255;

    /// <summary>Why <paramref name="name"/> is not a file's name, or null when it is one.</summary>
    public static string? Problem(string name) =>
        name.Length > MaxLength ? $"A file name is at most {MaxLength} characters."
        : name.IndexOfAny(['/', '\\']) >= 0 ? "A file's name, not a path: no / or \\."
        : name.Any(char.IsControl) ? "A file name has no control characters."
        : name.Any(IsBidiControl) ? "A file name has no bidirectional text controls."
        : null;

    private static bool IsBidiControl(char c) => c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}
