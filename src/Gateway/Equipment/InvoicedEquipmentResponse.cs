namespace SecurityTrax.Gateway.Equipment;

/// <summary>What "Add invoiced equipment" would bring over now: <see cref="Remaining"/> lines, or none and why (<see cref="Reason"/>).</summary>
public sealed record InvoicedEquipmentResponse(int Remaining, string? Reason)
{
    public static InvoicedEquipmentResponse From(int remaining) =>
        new(remaining, remaining == 0 ? EquipmentButtonResponse.NothingLeft : null);
}
