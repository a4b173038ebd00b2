namespace SecurityTrax.Payments;

/// <summary>What paid: a processed card or bank account, or money the office took by hand.</summary>
public enum PaymentMethodKind
{
    Card,
    BankAccount,
    Cash,
    Check,
    Other,
}
