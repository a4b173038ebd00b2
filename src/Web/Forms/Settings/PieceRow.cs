namespace SecurityTrax.Web.Forms.Settings;

/// <summary>A package's piece as typed: the equipment model chosen and how many.</summary>
public sealed class PieceRow
{
    public string? EquipmentItemId { get; set; }
    public string? Quantity { get; set; } = "1";
}
