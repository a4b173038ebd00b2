using Microsoft.AspNetCore.Mvc;
using SecurityTrax.Gateway.Http;

namespace SecurityTrax.Gateway.Files;

/// <summary>The problem answers of file uploads and downloads beyond the common ones.</summary>
public static class FileProblems
{
    public const string TooLarge = ProblemTypes.Prefix + "file-too-large";
    public const string QuotaExceeded = ProblemTypes.Prefix + "storage-quota-exceeded";
    public const string Stalled = ProblemTypes.Prefix + "upload-stalled";
    public const string Corrupt = ProblemTypes.Prefix + "file-corrupt";
    public const string RangeNotSatisfiable = ProblemTypes.Prefix + "range-not-satisfiable";
    public const string NoThumbnail = ProblemTypes.Prefix + "no-thumbnail";

    public static ProblemDetails Problem(int status, string type, string title, string detail) =>
        ErrorResponses.Problem(status, type, title, detail);

    public static ProblemDetails Field(string field, string reason) =>
        ErrorResponses.Validation(new Dictionary<string, string[]> { [field] = [reason] }, reason);
}
