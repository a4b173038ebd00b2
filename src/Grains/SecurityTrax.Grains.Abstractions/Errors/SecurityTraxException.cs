using SecurityTrax.Security;

namespace SecurityTrax.Errors;

/// <summary>The one exception family grains throw for broken invariants; it crosses the wire intact.</summary>
/// <remarks>Messages often repeat input (an id from a path, a value); a card number in them is masked here, once for all.</remarks>
[GenerateSerializer, Alias("SecurityTrax.SecurityTraxException")]
public sealed class SecurityTraxException : Exception
{
    public SecurityTraxException(ErrorKind kind, string message, FieldError[]? fields = null)
        : base(CardNumbers.Mask(message))
    {
        Kind = kind;
        Fields = [.. (fields ?? []).Select(f => f with { Reason = CardNumbers.Mask(f.Reason) })];
    }

    [Id(0)]
    public ErrorKind Kind { get; }

    [Id(1)]
    public FieldError[] Fields { get; }

    public static SecurityTraxException Invalid(string field, string reason) =>
        new(ErrorKind.Validation, reason, [new FieldError(field, reason)]);

    public static SecurityTraxException Invalid(IReadOnlyCollection<FieldError> fields) =>
        new(ErrorKind.Validation, "One or more fields are invalid.", [.. fields]);

    /// <summary>Throws one validation error listing every field error collected, if there are any.</summary>
    public static void ThrowIfAny(IReadOnlyCollection<FieldError> errors)
    {
        if (errors.Count > 0)
        {
            throw Invalid(errors);
        }
    }

    public static SecurityTraxException NotFound(string what) =>
        new(ErrorKind.NotFound, $"{what} was not found.");

    public static SecurityTraxException Conflict(string reason) => new(ErrorKind.Conflict, reason);

    public static SecurityTraxException StaleVersion(int expected, int actual) =>
        new(ErrorKind.VersionMismatch, $"The record changed since it was read (version {expected}, now {actual}); reload it and try again.");
}
