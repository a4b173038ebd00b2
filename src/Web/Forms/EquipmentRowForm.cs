using SecurityTrax.Web.Api;

namespace SecurityTrax.Web.Forms;

/// <summary>A stored equipment row as edited: quantity, zone and paid; the numbers are read as the add form reads them.</summary>
public sealed class EquipmentRowForm
{
    /// <summary>The typed fields, read by the add form's rules so both forms refuse a wrong number alike.</summary>
    public EquipmentForm Fields { get; } = new();

    public bool Paid { get; set; }

    public static EquipmentRowForm From(EquipmentRow row)
    {
        var form = new EquipmentRowForm { Paid = row.Paid };
        form.Fields.Quantity = row.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture);
        form.Fields.Zone = row.Zone;
        form.Fields.ZoneNumber = row.ZoneNumber?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return form;
    }

    /// <summary>The PUT body for <paramref name="row"/> (its model and seller unchanged), or the fields that are not whole numbers.</summary>
    public (EquipmentChange? Change, Problem? Problem) ToChange(EquipmentRow row)
    {
        var (input, problem) = Fields.ToInput();
        return input is null
            ? (null, problem)
            : (new EquipmentChange(row.EquipmentItemId, input.Quantity, input.Zone, input.ZoneNumber, row.SoldByUserId, Paid), null);
    }
}
