namespace SecurityTrax.RecurringInvoices;

/// <summary>
/// One-time charges a recurring invoice's template marks for the next invoice it makes (stable strings of the API): the
/// invoice presses its own button for each when it is made, and the mark is cleared.
/// </summary>
public static class RecurringOneTimeItems
{
    /// <summary>The customer's activation fee, claimed by the invoice as its Add Activation Fee button does.</summary>
    public const string ActivationFee = "activation_fee";

    /// <summary>The customer's unpaid equipment that is on no invoice, reserved as Add Unpaid Equipment does.</summary>
    public const string UnpaidEquipment = "unpaid_equipment";

    public static readonly string[] All = [ActivationFee, UnpaidEquipment];

    public static bool IsKnown(string kind) => Array.IndexOf(All, kind) >= 0;
}
