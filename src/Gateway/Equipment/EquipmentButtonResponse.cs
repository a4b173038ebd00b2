using SecurityTrax.Equipment;

namespace SecurityTrax.Gateway.Equipment;

/// <summary>What "add invoiced equipment" did: the rows it added, and why it added none (<see cref="Reason"/>).</summary>
public sealed record EquipmentButtonResponse(EquipmentResponse[] Added, string? Reason)
{
    public const string NothingLeft = "Nothing to add: every equipment line on this customer's invoices was brought over already, or there is none.";

    public static EquipmentButtonResponse From(EquipmentRow[] rows) =>
        new([.. rows.Select(EquipmentResponse.From)], rows.Length == 0 ? NothingLeft : null);
}
