using SecurityTrax.Identity;

namespace SecurityTrax.Equipment;

/// <summary>"Add invoiced equipment": brings the equipment lines of a customer's invoices onto its equipment; key <c>{tenant}/equipment-conversion</c>.</summary>
[Alias("SecurityTrax.IEquipmentConversionGrain")]
public interface IEquipmentConversionGrain : ITenantGrain
{
    public const string Id = "equipment-conversion";

    /// <summary>Only for customers (not leads); running it again converts nothing twice. Returns the rows added.</summary>
    [Alias("Convert")]
    Task<EquipmentRow[]> ConvertAsync(long customerId);

    /// <summary>How many equipment lines of the customer's invoices the button would still bring over.</summary>
    [Alias("Remaining")]
    Task<int> RemainingAsync(long customerId);
}
