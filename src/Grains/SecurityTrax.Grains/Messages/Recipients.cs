using System.Text.RegularExpressions;
using MimeKit;
using SecurityTrax.Customers;

namespace SecurityTrax.Messages;

/// <summary>Picks and checks the address or phone a message goes to.</summary>
public static partial class Recipients
{
    /// <summary>The recipient, or the reason there is none; the record's email or first mobile (else first) phone by default.</summary>
    public static (string? To, string? Problem) Resolve(MessageChannel channel, string? overrideTo, CustomerProfile profile)
    {
        var to = string.IsNullOrWhiteSpace(overrideTo) ? null : overrideTo.Trim();
        if (channel == MessageChannel.Email)
        {
            to ??= profile.Email;
            return to is null ? (null, "The record has no email address.")
                : IsEmail(to) ? (to, null)
                : (to, $"'{to}' is not an email address.");
        }

        to ??= (profile.Phones.FirstOrDefault(p => string.Equals(p.Kind, "mobile", StringComparison.OrdinalIgnoreCase))
            ?? profile.Phones.FirstOrDefault())?.Number;
        return to is null ? (null, "The record has no phone number.")
            : E164().IsMatch(to) ? (to, null)
            : (to, $"'{to}' is not a phone number in +15551234567 form.");
    }

    public static bool IsEmail(string value) =>
        value.Length <= 254 && MailboxAddress.TryParse(value, out var address)
        && address.Address == value && address.Address.Contains('@', StringComparison.Ordinal)
        && address.Domain.Length > 0 && address.LocalPart.Length > 0;

    [GeneratedRegex(@"^\+[1-9][0-9]{7,14}$")]
    public static partial Regex E164();
}
