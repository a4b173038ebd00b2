using SecurityTrax.Security;

namespace SecurityTrax.Payments.Billing;

/// <summary>
/// Spots card and bank account numbers where only tokens belong, so they are refused before anything stores or
/// logs them. Errors built from this never repeat the value.
/// </summary>
public static class RawNumbers
{
    /// <summary>A card number as <see cref="CardNumbers"/> finds it, or a value of only digits (an account or routing number).</summary>
    /// <remarks>A token is never only digits, so here a short all-digit value is refused too; in free text it would be ordinary.</remarks>
    public static bool Found(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var digits = new string([.. value.Where(c => c is not (' ' or '-'))]);
        return (digits.Length >= 4 && digits.All(char.IsAsciiDigit)) || CardNumbers.Contains(value);
    }
}
