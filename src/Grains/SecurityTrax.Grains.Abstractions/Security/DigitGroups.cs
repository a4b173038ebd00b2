namespace SecurityTrax.Security;

/// <summary>
/// A run of digit groups joined by single spaces or dashes ("4111 1111-1111 1111"), and the windows of whole groups in it
/// that read as a card number: one kind of separator inside the window, 13 to 19 digits, Luhn-valid.
/// </summary>
internal sealed class DigitGroups
{
    private readonly string _text;
    private readonly List<(int Start, int End)> _groups = [];

    private DigitGroups(string text) => _text = text;

    /// <summary>Where the run ends in the text (exclusive).</summary>
    public int End => _groups[^1].End;

    public static DigitGroups Read(string text, int start)
    {
        var run = new DigitGroups(text);
        var i = start;
        while (true)
        {
            var groupStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            run._groups.Add((groupStart, i));
            // A group continues the run only after exactly one space or dash.
            if (i + 1 < text.Length && text[i] is ' ' or '-' && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            return run;
        }
    }

    public IEnumerable<(int Start, int End)> CardSpans()
    {
        for (var first = 0; first < _groups.Count; first++)
        {
            var digits = 0;
            for (var last = first; last < _groups.Count && digits <= CardNumbers.MaxDigits; last++)
            {
                if (last > first && Separator(last) != Separator(first + 1))
                {
                    break;
                }

                digits += _groups[last].End - _groups[last].Start;
                if (digits is >= CardNumbers.MinDigits and <= CardNumbers.MaxDigits && CardNumbers.Luhn(Digits(first, last)))
                {
                    yield return (_groups[first].Start, _groups[last].End);
                }
            }
        }
    }

    // The separator in front of group i (i ≥ 1).
    private char Separator(int i) => _text[_groups[i].Start - 1];

    private string Digits(int first, int last) =>
        string.Concat(_groups.Skip(first).Take(last - first + 1).Select(g => _text[g.Start..g.End]));
}
