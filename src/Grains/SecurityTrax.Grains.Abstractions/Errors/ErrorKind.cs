namespace SecurityTrax.Errors;

/// <summary>The kinds of broken invariant a grain reports; the gateway maps each to one HTTP status.</summary>
public enum ErrorKind
{
    Validation = 0,
    NotFound = 1,
    Conflict = 2,
    VersionMismatch = 3,
    Forbidden = 4,
}
