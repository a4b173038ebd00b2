namespace SecurityTrax.Gateway.OpenApi;

/// <summary>
/// The operations that can answer 409 because the record's state refuses the change, by endpoint name, each with
/// when. Traced from the conflicts grains throw (<c>SecurityTraxException.Conflict</c>) and the handlers' own 409s to
/// the endpoints that reach them; a request with an Idempotency-Key still running answers 409 as well, which
/// <see cref="ProblemAnswers"/> adds by itself. A create whose number the gateway allocated never meets "exists".
/// </summary>
public static class ConflictOperations
{
    public static readonly IReadOnlyDictionary<string, string> Reasons = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["CreateTenant"] = "A company with this slug exists.",
        ["UpdateUser"] = "The change would leave no enabled Admin.",
        ["DisableUser"] = "The change would leave no enabled Admin.",
        ["UpdateRole"] = "The Admin role always holds every grant.",
        ["DeleteRole"] = "A built-in role, or users still hold the role.",
        ["DeleteCustomer"] = "Active recurring invoices depend on the customer (`recurringInvoiceIds`); `recurring=stop` stops them.",
        ["ConvertLead"] = "The record is a customer already.",
        ["ClearCustomerSuspension"] = "The customer's service is not suspended.",
        ["SetTicketStatus"] = "The note is not a ticket.",
        ["MakeNoteAgain"] = "The note is not a ticket.",
        ["CommentOnTicket"] = "The note is not a ticket.",
        ["DeleteTemplate"] = "The system sends this template itself.",
        ["ResendMessage"] = "The message cannot be sent again.",
        ["CancelCampaign"] = "The campaign is finished or cancelled already.",
        ["RetireCatalogItem"] = "Catalogue equipment is billed as this item.",
        ["RetireCatalogEquipment"] = "A package holds this equipment.",
        ["AddTaxRate"] = "The state has a tax rate; change it instead.",
        ["UpdateEquipment"] = "The row is billed on an invoice; its equipment and quantity cannot change.",
        ["RemoveEquipment"] = "The row is billed on an invoice.",
        ["AddInvoicedEquipment"] = "The customer is still a lead.",
        ["UpdateInvoice"] = "The document is void, paid, a converted quote, or its total would drop below what is applied.",
        ["DeleteInvoice"] = "Money was applied or is being applied to it, or it is a converted quote: void it instead.",
        ["VoidInvoice"] = "The document is void or a converted quote, is a quote, or is a credit memo that gave credit (void those invoices first).",
        ["ConvertQuote"] = "The document is not a quote, or the quote was converted already (`invoiceId` names its invoice).",
        ["AddInvoiceLine"] = "The document is void, paid or a converted quote.",
        ["UpdateInvoiceLine"] = "The document is void, paid or a converted quote, or its total would drop below what is applied.",
        ["RemoveInvoiceLine"] = "The document is void, paid or a converted quote, or its total would drop below what is applied.",
        ["AddUnpaidEquipment"] = "The document is not an open invoice.",
        ["AddActivationFee"] = "The document is not an open invoice, or the catalogue has no activation fee item.",
        ["AddMonitoringCharge"] = "The document is not an open invoice or quote, or the catalogue has no monitoring item.",
        ["ApplyCreditMemo"] = "The invoice or the credit memo cannot take it (void, not an invoice, another customer's, not enough credit).",
        ["EmailInvoice"] = "The document is void.",
        ["ResumeRecurringInvoice"] = "The recurring invoice is not paused.",
        ["AddRecurringMonitoringCharge"] = "Every invoice of the schedule is made already, or the catalogue has no monitoring item.",
        ["MarkRecurringActivationFee"] = "Every invoice of the schedule is made already, or the catalogue has no activation fee item.",
        ["MarkRecurringUnpaidEquipment"] = "Every invoice of the schedule is made already.",
        ["RemoveRecurringPendingItem"] = "Every invoice of the schedule is made already.",
        ["RemoveBillingMethod"] = "Active recurring invoices charge this method (`recurringInvoiceIds`); `recurring=` says what becomes of them.",
        ["CreatePayment"] = "An invoice in `applications` cannot take it (void, another customer's, more than its due; the field is named), or a credit has no earlier settled charge on the billing method with enough left to refund.",
        ["PayInvoice"] = "Nothing is due on the invoice, or it cannot take the amount.",
        ["ApplyPayment"] = "The payment holds no money to apply, or the invoice cannot take it; the field is named.",
        ["CreateInvoicePayLink"] = "Nothing is due on the invoice.",
        ["PayInPortal"] = "An invoice cannot take the amount (more than its due, void or paid meanwhile).",
        ["RefundPayment"] = "The payment is not refundable (a card payment not yet settled is voided instead), or the amount is more than is refundable.",
        ["VoidPayment"] = "The payment can no longer be voided (settled, refunded or applied elsewhere): refund it instead.",
        ["ProcessPayment"] = "The payment is not saved for later (processed or scheduled already, or voided).",
        ["EditPayment"] = "The payment is processed (only a saved or scheduled one is edited), or the body names another amount or method.",
        ["CreateTechnician"] = "The user is a technician already.",
        ["CreateAppointment"] = "The customer is still a lead (convert first), or the time clashes (`clashes` lists each technician's clashing appointment, working hours or time off).",
        ["RescheduleAppointment"] = "The appointment is under way or finished, or the new time clashes (`clashes`).",
        ["SetAppointmentStatus"] = "The appointment cannot move from its status to that one.",
        ["UploadFiles"] = "The upload took longer than its reservation (an hour); nothing was kept, send it again.",

        // Credit reports (issue 19).
        ["RequestCreditBureau"] = "A request for the bureau is waiting for the operator, or the bureau is approved already.",
        ["ApproveCreditBureauRequest"] = "The request was refused already.",
        ["RefuseCreditBureauRequest"] = "The request was approved already.",
        ["ApplyCreditScore"] = "The report did not complete with a score (no hit, thin or frozen file, failed, or its outcome is still unknown).",
        ["StripeWebhook"] = "A signed event about a payment of ours not found yet, or not readable: it was not taken, and Stripe sends it again.",
    };

    public const string KeyStillRunning = "A request with this Idempotency-Key is still running; retry shortly.";

    /// <summary>What a 409 of this operation means, or null when it cannot answer one.</summary>
    public static string? Describe(EndpointTraits traits)
    {
        var own = traits.Name is { } name && Reasons.TryGetValue(name, out var reason) ? reason : null;
        return (own, traits.TakesIdempotencyKey) switch
        {
            (null, false) => null,
            (null, true) => KeyStillRunning,
            (_, false) => own,
            _ => $"{own} Also: {KeyStillRunning}",
        };
    }
}
