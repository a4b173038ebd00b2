namespace SecurityTrax.Web.Forms;

/// <summary>
/// Reads an amount or quantity the user typed into a form: empty is "not given", text that is no number is an error
/// on the field's API name, so the form shows it where the API would.
/// </summary>
public static class TypedMoney
{
    public static decimal? Read(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (InvoiceRow.Parse(text) is { } value)
        {
            return value;
        }

        errors[field] = [$"'{text}' is not a number."];
        return null;
    }
}
