namespace SecurityTrax.Payments;

/// <summary>How a customer pays: a card or bank account held by the processor as a token, or manual billing.</summary>
public enum BillingMethodKind
{
    Card,
    BankAccount,
    Manual,
}
