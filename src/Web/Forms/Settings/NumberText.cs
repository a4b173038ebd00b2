using System.Globalization;
using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Forms.Settings;

/// <summary>
/// Reads numbers typed into settings forms. Text that is not a number cannot be sent at all, so it is refused here,
/// next to its field, in the API's problem shape; an empty field is sent as missing and the API names it.
/// </summary>
public sealed class NumberText
{
    private readonly Dictionary<string, string[]> _errors = [];

    public decimal? Decimal(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (decimal.TryParse(text.Trim().TrimStart('$').TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _errors[field] = [$"'{text}' is not a number."];
        return null;
    }

    public int? Whole(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _errors[field] = [$"'{text}' is not a whole number."];
        return null;
    }

    /// <summary>Whole numbers separated by commas or spaces ("3, 7, 14"); an empty field is an empty list.</summary>
    public int[]? WholeList(string? text, string field)
    {
        var parts = (text ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var values = new List<int>();
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
            {
                _errors[field] = [$"'{part}' is not a whole number."];
                return null;
            }

            values.Add(value);
        }

        return [.. values];
    }

    /// <summary>Refuses <paramref name="field"/> for a reason of the form's own (a field that must not be empty).</summary>
    public void Refuse(string field, string reason) => _errors[field] = [reason];

    /// <summary>The refusals so far, or null when every number read.</summary>
    public Problem? Problem => _errors.Count == 0 ? null : new Problem(null, "One or more fields are invalid.", 400, null, _errors);

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
