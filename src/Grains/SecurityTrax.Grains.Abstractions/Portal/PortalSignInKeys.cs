using System.Net.Mail;
using System.Security.Cryptography;
using System.Text;
using SecurityTrax.Messages;

namespace SecurityTrax.Portal;

/// <summary>
/// Addresses subscribers sign in with: an email (compared in lower case) or a US phone number (its last ten digits).
/// The sign-in grain's key is the address's digest, so keys and logs never show an address.
/// </summary>
public static class PortalSignInKeys
{
    /// <summary>The address in its compared form and the channel its code goes by; null for text that is neither.</summary>
    public static (string Address, MessageChannel Channel)? Normalize(string? text)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Contains('@', StringComparison.Ordinal))
        {
            return trimmed.Length <= 254 && MailAddress.TryCreate(trimmed, out var mail) && mail.Address == trimmed
                ? (trimmed.ToLowerInvariant(), MessageChannel.Email)
                : null;
        }

        var digits = new string(trimmed.Where(char.IsAsciiDigit).ToArray());
        var phoneLike = trimmed.All(c => char.IsAsciiDigit(c) || " ()-.+".Contains(c, StringComparison.Ordinal));
        return phoneLike && digits.Length is >= 10 and <= 15 ? (digits[^10..], MessageChannel.Sms) : null;
    }

    public static string IdOf(string normalizedAddress) =>
        "si-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedAddress)));
}
