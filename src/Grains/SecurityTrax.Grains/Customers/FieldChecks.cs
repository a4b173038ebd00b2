using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using SecurityTrax.Errors;
using SecurityTrax.Security;

namespace SecurityTrax.Customers;

/// <summary>Normalising checks shared by customer and contact input; each adds field errors and returns the clean value.</summary>
public static partial class FieldChecks
{
    public static readonly IReadOnlySet<string> PhoneKinds = new HashSet<string>(StringComparer.Ordinal) { "mobile", "home", "work", "other" };

    /// <summary>The reason given for a card number in free text; it never repeats the value.</summary>
    public const string CardNumberReason = "This looks like a card or bank account number; card data is never stored here. Leave it out (the last four digits are fine).";

    /// <summary>Adds the field error when the value holds something that looks like a card number.</summary>
    public static void NoCardNumber(List<FieldError> errors, string field, string? value)
    {
        if (CardNumbers.Contains(value))
        {
            errors.Add(new FieldError(field, CardNumberReason));
        }
    }

    /// <summary>Throws the field error when the value holds something that looks like a card number.</summary>
    public static void RefuseCardNumber(string field, string? value)
    {
        if (CardNumbers.Contains(value))
        {
            throw SecurityTraxException.Invalid(field, CardNumberReason);
        }
    }

    /// <summary>Trimmed free text within <paramref name="max"/> characters, holding no card number.</summary>
    public static string? Text(List<FieldError> errors, string field, string? value, int max, bool required = false)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed is null)
        {
            if (required)
            {
                errors.Add(new FieldError(field, "This field is required."));
            }

            return null;
        }

        if (trimmed.Length > max)
        {
            errors.Add(new FieldError(field, $"At most {max} characters."));
        }

        NoCardNumber(errors, field, trimmed);
        return trimmed;
    }

    public static string? Email(List<FieldError> errors, string field, string? value)
    {
        var email = Text(errors, field, value, 254);
        if (email is not null && (!MailAddress.TryCreate(email, out var parsed) || parsed.Address != email || !email.Contains('.', StringComparison.Ordinal)))
        {
            errors.Add(new FieldError(field, $"'{email}' is not an email address."));
        }

        return email?.ToLowerInvariant();
    }

    /// <summary>US numbers (10 digits, optional leading 1) or international ones starting with + (8–15 digits) → E.164.</summary>
    public static Phone[] Phones(List<FieldError> errors, string field, Phone[]? phones, int max = 5)
    {
        phones ??= [];
        if (phones.Length > max)
        {
            errors.Add(new FieldError(field, $"At most {max} phone numbers."));
            return [];
        }

        var clean = new List<Phone>();
        for (var i = 0; i < phones.Length; i++)
        {
            var kind = (phones[i]?.Kind ?? "").Trim().ToLowerInvariant();
            if (!PhoneKinds.Contains(kind))
            {
                errors.Add(new FieldError($"{field}[{i}].kind", "Use mobile, home, work or other."));
            }

            var number = NormalizePhone(phones[i]?.Number);
            if (number is null)
            {
                errors.Add(new FieldError($"{field}[{i}].number", $"'{phones[i]?.Number}' is not a phone number."));
            }
            else
            {
                clean.Add(new Phone(kind, number));
            }
        }

        return [.. clean];
    }

    public static string? NormalizePhone(string? raw)
    {
        if (string.IsNullOrWhiteSpace(raw) || raw.Length > 30 || !PhoneCharacters().IsMatch(raw))
        {
            return null;
        }

        var digits = new string(raw.Where(char.IsAsciiDigit).ToArray());
        if (raw.TrimStart().StartsWith('+'))
        {
            return digits.Length is >= 8 and <= 15 ? "+" + digits : null;
        }

        if (digits.Length == 11 && digits[0] == '1')
        {
            digits = digits[1..];
        }

        // NANP: area code and exchange never start with 0 or 1.
        return digits.Length == 10 && digits[0] >= '2' && digits[3] >= '2' ? "+1" + digits : null;
    }

    public static Address? Address(List<FieldError> errors, string field, Address? address)
    {
        if (address is null)
        {
            return null;
        }

        var line1 = Text(errors, $"{field}.line1", address.Line1, 100, required: true);
        var line2 = Text(errors, $"{field}.line2", address.Line2, 100);
        var city = Text(errors, $"{field}.city", address.City, 60, required: true);
        var state = (address.State ?? "").Trim().ToUpperInvariant();
        if (!UsStates.Codes.Contains(state))
        {
            errors.Add(new FieldError($"{field}.state", $"'{address.State}' is not a US state code (for example CO)."));
        }

        var zip = (address.Zip ?? "").Trim();
        if (!ZipCode().IsMatch(zip))
        {
            errors.Add(new FieldError($"{field}.zip", $"'{address.Zip}' is not a ZIP code (12345 or 12345-6789)."));
        }

        return new Address(line1 ?? "", line2, city ?? "", state, zip);
    }

    public static decimal Money(List<FieldError> errors, string field, decimal value)
    {
        if (value < 0)
        {
            errors.Add(new FieldError(field, "Must not be negative."));
        }
        else if (value > 1_000_000m)
        {
            errors.Add(new FieldError(field, "Must be at most 1,000,000.00."));
        }
        else if (decimal.Round(value, 2) != value)
        {
            errors.Add(new FieldError(field, "At most two decimals (cents)."));
        }

        return value;
    }

    /// <summary>An SSN as nine digits, refusing numbers the SSA never issues.</summary>
    public static string? Ssn(List<FieldError> errors, string field, string value)
    {
        var digits = new string(value.Where(char.IsAsciiDigit).ToArray());
        var shapeOk = SsnShape().IsMatch(value.Trim());
        if (!shapeOk || digits.Length != 9 || digits[..3] is "000" or "666" || digits[0] == '9' || digits[3..5] == "00" || digits[5..] == "0000")
        {
            errors.Add(new FieldError(field, "Not a valid SSN (123-45-6789)."));
            return null;
        }

        return $"{digits[..3]}-{digits[3..5]}-{digits[5..]}";
    }

    public static string? DateOfBirth(List<FieldError> errors, string field, string value, DateOnly today)
    {
        if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            errors.Add(new FieldError(field, $"'{value}' is not a date (yyyy-MM-dd)."));
            return null;
        }

        if (date > today || date < new DateOnly(1900, 1, 1))
        {
            errors.Add(new FieldError(field, "Must be between 1900-01-01 and today."));
            return null;
        }

        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^[0-9+()\-. ]+$")]
    private static partial Regex PhoneCharacters();

    [GeneratedRegex(@"^\d{5}(-\d{4})?$")]
    private static partial Regex ZipCode();

    [GeneratedRegex(@"^\d{3}-?\d{2}-?\d{4}$")]
    private static partial Regex SsnShape();
}
