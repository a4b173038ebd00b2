using System.Globalization;
using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Forms;

/// <summary>A piece of equipment as typed; numbers stay text until sent, so a wrong one is named instead of lost.</summary>
public sealed class EquipmentForm
{
    public string? EquipmentItemId { get; set; }
    public string? Quantity { get; set; } = "1";
    public string? Zone { get; set; }
    public string? ZoneNumber { get; set; }

    /// <summary>The request body, or the fields that are not whole numbers (they cannot be sent at all).</summary>
    public (EquipmentInput? Input, Problem? Problem) ToInput()
    {
        var errors = new Dictionary<string, string[]>();
        var quantity = Whole(Quantity, "quantity", errors);
        var zoneNumber = Whole(ZoneNumber, "zoneNumber", errors);
        if (errors.Count > 0)
        {
            return (null, new Problem(null, "One or more fields are invalid.", 400, null, errors));
        }

        // No model chosen is sent as such: the API names the field and its reason.
        var item = int.TryParse(EquipmentItemId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null;
        return (new EquipmentInput(item, quantity, AddressForm.Clean(Zone), zoneNumber), null);
    }

    private static int? Whole(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors[field] = [$"'{text}' is not a whole number."];
        return null;
    }
}
