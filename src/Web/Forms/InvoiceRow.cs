using System.Globalization;

namespace SecurityTrax.Web.Forms;

/// <summary>An invoice row as typed; <see cref="LineId"/> is the stored line it edits (null for a new row).</summary>
public sealed class InvoiceRow
{
    public int? LineId { get; init; }
    public string? ItemId { get; set; }
    public string? Quantity { get; set; } = "1";
    public string? UnitPrice { get; set; }

    /// <summary>Quantity × unit price as typed, to the cent; null while either is not a number.</summary>
    public decimal? Amount => Parse(Quantity) is { } quantity && Parse(UnitPrice) is { } price
        ? Math.Round(quantity * price, 2, MidpointRounding.AwayFromZero)
        : null;

    public static decimal? Parse(string? text) =>
        decimal.TryParse(text?.Trim().TrimStart('$'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
