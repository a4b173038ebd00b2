namespace SecurityTrax.Payments.Processing;

/// <summary>One test token of the sandbox processor and what it does.</summary>
public sealed record SandboxToken(
    string Token, BillingMethodKind Kind, string Brand, string Last4, ProcessorOutcome Outcome, string? DeclineCode, bool RefusedOnAttach = false)
{
    /// <summary>Stripe's names, so a front end built against the sandbox works unchanged with Stripe's test mode.</summary>
    public static readonly IReadOnlyDictionary<string, SandboxToken> All = new SandboxToken[]
    {
        new("pm_card_visa", BillingMethodKind.Card, "visa", "4242", ProcessorOutcome.Succeeded, null),
        new("pm_card_mastercard", BillingMethodKind.Card, "mastercard", "4444", ProcessorOutcome.Succeeded, null),
        new("pm_card_amex", BillingMethodKind.Card, "amex", "8431", ProcessorOutcome.Succeeded, null),
        new("pm_card_chargeDeclined", BillingMethodKind.Card, "visa", "0002", ProcessorOutcome.Declined, "card_declined", RefusedOnAttach: true),
        new("pm_card_chargeCustomerFail", BillingMethodKind.Card, "visa", "0341", ProcessorOutcome.Declined, "card_declined"),
        new("pm_card_chargeDeclinedInsufficientFunds", BillingMethodKind.Card, "visa", "9995", ProcessorOutcome.Declined, "insufficient_funds"),
        new("pm_card_authenticationRequired", BillingMethodKind.Card, "visa", "3184", ProcessorOutcome.Declined, "authentication_required"),
        new("pm_usBankAccount_success", BillingMethodKind.BankAccount, "STRIPE TEST BANK", "6789", ProcessorOutcome.Succeeded, null),
        new("pm_usBankAccount_failLater", BillingMethodKind.BankAccount, "STRIPE TEST BANK", "1116", ProcessorOutcome.Declined, "account_closed"),
    }.ToDictionary(t => t.Token, StringComparer.Ordinal);

    /// <summary>Bank debits answer "pending" first and settle (or fail) after the sandbox's settlement delay.</summary>
    public bool SettlesLater => Kind == BillingMethodKind.BankAccount;

    public string Reason => DeclineCode switch
    {
        "insufficient_funds" => "Your card has insufficient funds. (insufficient_funds)",
        "authentication_required" => "The card needs the customer to authenticate; charge it with the customer present. (authentication_required)",
        "account_closed" => "The bank account has been closed. (account_closed)",
        _ => "Your card was declined. (card_declined)",
    };
}
