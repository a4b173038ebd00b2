namespace SecurityTrax.Payments.Billing;

/// <summary>
/// Spots card and bank account numbers where only tokens belong, so they are refused before anything stores or
/// logs them. Errors built from this never repeat the value.
/// </summary>
public static class RawNumbers
{
    /// <summary>13–19 digits (spaces and dashes allowed) passing Luhn, or a value of only digits (an account or routing number).</summary>
    public static bool Found(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var digits = new string([.. value.Where(c => c is not (' ' or '-'))]);
        if (digits.Length >= 4 && digits.All(char.IsAsciiDigit))
        {
            return true;
        }

        return Runs(value).Any(run => run.Length is >= 13 and <= 19 && Luhn(run));
    }

    private static IEnumerable<string> Runs(string value)
    {
        var run = new System.Text.StringBuilder();
        foreach (var c in value.Append('x'))
        {
            if (char.IsAsciiDigit(c))
            {
                run.Append(c);
            }
            else if (c is not (' ' or '-') || run.Length == 0)
            {
                if (run.Length > 0)
                {
                    yield return run.ToString();
                }

                run.Clear();
            }
        }
    }

    private static bool Luhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }

        return sum % 10 == 0;
    }
}
