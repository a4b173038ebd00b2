namespace SecurityTrax.Security;

/// <summary>
/// Finds what looks like a payment card or bank account number in free text: 13 to 19 digits that pass the Luhn check,
/// written together or in groups joined by single spaces or single dashes (one kind of separator per number).
/// </summary>
/// <remarks>
/// Card data never reaches storage, logs or answers: input holding such a number is refused by field, and text that
/// would repeat input (an error, a "not found") has it masked. Shorter numbers (phones, ZIP codes, invoice numbers,
/// dates) and digit strings that fail Luhn are ordinary text.
/// </remarks>
public static class CardNumbers
{
    public const int MinDigits = 13;

    public const int MaxDigits = 19;

    public const string Masked = "[card number removed]";

    public static bool Contains(string? text) => !string.IsNullOrEmpty(text) && Spans(text).Count > 0;

    /// <summary>The text with every card-like number replaced by <see cref="Masked"/>.</summary>
    public static string Mask(string text)
    {
        var spans = Spans(text);
        if (spans.Count == 0)
        {
            return text;
        }

        var masked = new System.Text.StringBuilder(text.Length);
        var at = 0;
        foreach (var (start, end) in spans)
        {
            masked.Append(text, at, start - at).Append(Masked);
            at = end;
        }

        return masked.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>Whether the digits pass the Luhn check (every second digit from the right doubled).</summary>
    public static bool Luhn(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i] - '0';
            sum += i % 2 == 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
        }

        return sum % 10 == 0;
    }

    /// <summary>The [start, end) ranges of card-like numbers, in order and not overlapping.</summary>
    private static List<(int Start, int End)> Spans(string text)
    {
        var found = new List<(int Start, int End)>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                i++;
                continue;
            }

            var groups = DigitGroups.Read(text, i);
            foreach (var span in groups.CardSpans())
            {
                if (found.Count > 0 && span.Start < found[^1].End)
                {
                    found[^1] = (found[^1].Start, Math.Max(found[^1].End, span.End));
                }
                else
                {
                    found.Add(span);
                }
            }

            i = groups.End;
        }

        return found;
    }
}
