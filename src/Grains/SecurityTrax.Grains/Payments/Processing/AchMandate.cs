namespace SecurityTrax.Payments.Processing;

/// <summary>The debit authorisation a customer accepts when saving a bank account (shown by the front end).</summary>
public static class AchMandate
{
    public const string Text =
        "By saving your bank account you authorise us to debit it for amounts you owe on your invoices, and to credit it "
        + "to correct an erroneous debit, until you revoke this authorisation by telling us in writing.";
}
