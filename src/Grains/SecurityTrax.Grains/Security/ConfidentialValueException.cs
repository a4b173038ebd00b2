using System.Security.Cryptography;

namespace SecurityTrax.Security;

/// <summary>A stored confidential value that does not decrypt where it is: copied from another row, field or company, or under a key not configured.</summary>
public sealed class ConfidentialValueException(ConfidentialField field, string reason)
    : CryptographicException($"The confidential {field} cannot be read: {reason}.")
{
    public ConfidentialField Place { get; } = field;
}
