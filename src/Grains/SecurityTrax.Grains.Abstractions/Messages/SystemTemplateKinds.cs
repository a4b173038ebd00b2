namespace SecurityTrax.Messages;

/// <summary>The messages the system sends by itself, each from a template admins can edit but not delete.</summary>
public static class SystemTemplateKinds
{
    public const string InvoiceEmail = "invoice_email";
    public const string PaymentReceipt = "payment_receipt";
    public const string RecurringInvoiceGenerated = "recurring_invoice_generated";
    public const string PaymentAttemptResult = "payment_attempt_result";
    public const string DunningNotice = "dunning_notice";
    public const string DunningNoticeSms = "dunning_notice_sms";

    public static readonly IReadOnlyList<string> All =
        [InvoiceEmail, PaymentReceipt, RecurringInvoiceGenerated, PaymentAttemptResult, DunningNotice, DunningNoticeSms];
}
