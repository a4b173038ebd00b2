namespace SecurityTrax.Web.Forms;

/// <summary>
/// A test card or bank account of the sandbox processor (Stripe's test token names, so a console built on them behaves the
/// same against Stripe's test mode). The sandbox form hands the API one of these tokens: no number is ever typed.
/// </summary>
public sealed record SandboxTestMethod(string Token, string Kind, string Label)
{
    public static IReadOnlyList<SandboxTestMethod> All { get; } =
    [
        new("pm_card_visa", "card", "Visa ending 4242 — approved"),
        new("pm_card_mastercard", "card", "Mastercard ending 4444 — approved"),
        new("pm_card_amex", "card", "American Express ending 8431 — approved"),
        new("pm_card_chargeCustomerFail", "card", "Visa ending 0341 — declined when charged"),
        new("pm_card_chargeDeclinedInsufficientFunds", "card", "Visa ending 9995 — insufficient funds when charged"),
        new("pm_card_chargeDeclined", "card", "Visa ending 0002 — refused when saved"),
        new("pm_usBankAccount_success", "bank_account", "Test bank ending 6789 — settles"),
        new("pm_usBankAccount_failLater", "bank_account", "Test bank ending 1116 — fails later"),
    ];

    public static IEnumerable<SandboxTestMethod> Of(string kind) => All.Where(m => m.Kind == kind);
}
