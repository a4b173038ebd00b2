using System.Globalization;
using SecurityTrax.Identity;
using SecurityTrax.Invoices;
using SecurityTrax.Messages;
using SecurityTrax.Payments;
using SecurityTrax.Tenants;

namespace SecurityTrax.RecurringInvoices;

/// <summary>Charging a recurring invoice's billing method for each invoice it made, on the invoice's due date.</summary>
/// <remarks>
/// The amount is stored before the charge, and the charge runs under the operation id of (recurring invoice,
/// occurrence), which the payment machinery charges and applies once; the e-mail has a message id of its own per
/// occurrence. So a crash anywhere repeats the same charge, which changes nothing.
/// </remarks>
public static class RecurringCharges
{
    public static string OperationId(long recurring, int occurrence) =>
        string.Create(CultureInfo.InvariantCulture, $"recurring-{recurring}-{occurrence}-charge");

    public static string MessageId(long recurring, int occurrence) =>
        string.Create(CultureInfo.InvariantCulture, $"r{recurring}-{occurrence}-payment");

    /// <summary>The charge of occurrence <paramref name="index"/> is due at 02:00 company time on its invoice's due date.</summary>
    public static bool IsDue(RecurringInvoiceState state, RecurrenceSchedule schedule, int index, DateTimeOffset now) =>
        WallClock.ToInstant(PaymentTerms.DueDate(InvoiceType.Invoice, state.Term, schedule.DateOf(index))!.Value, RecurrenceSchedule.DueTime, schedule.TimeZone) <= now;

    /// <summary>A card or bank account of the customer (manual billing cannot be charged).</summary>
    public static async Task<string?> CheckMethodAsync(IGrainFactory grains, string tenant, long customerId, string? methodId)
    {
        if (methodId is null)
        {
            return null;
        }

        var methods = await Methods(grains, tenant, customerId).ListAsync();
        return methods.Any(m => m.Id == methodId && m.Kind != BillingMethodKind.Manual)
            ? null
            : $"The customer has no card or bank account {methodId}.";
    }

    /// <summary>The customer's billing methods, to resolve which one an occurrence charges (<see cref="RecurringChargeMethod"/>).</summary>
    public static Task<BillingMethod[]> MethodsAsync(IGrainFactory grains, string tenant, long customerId) => Methods(grains, tenant, customerId).ListAsync();

    public static Task<ChargeOutcome> ChargeAsync(
        IGrainFactory grains, string tenant, long customerId, string methodId, long number, int occurrence, long invoiceId, decimal amount) =>
        grains.GetGrain<IPaymentOperationGrain>(GrainKeys.For(tenant, PaymentKeys.Operation(OperationId(number, occurrence))))
            .ChargeInvoiceAsync(new ChargeInvoice(customerId, methodId, amount, invoiceId));

    public static string Result(ChargeOutcome outcome) => outcome switch
    {
        { Paid: true } => "Paid in full",
        { Status: PaymentStatus.Failed } => outcome.Reason ?? "The charge failed.",
        _ => "Processing",
    };

    /// <summary>History "payment_attempted" on the customer and, for a failure, the creator's inbox.</summary>
    public static void Record(RecurringInvoiceState state, Caller actor, long number, int occurrence, long invoiceId, decimal amount, ChargeOutcome outcome, DateTimeOffset now)
    {
        var result = Result(outcome);
        state.Outbox.HistoryOf(actor, now, "customer", state.CustomerId.ToString(CultureInfo.InvariantCulture))
            .Add("invoice", invoiceId.ToString(CultureInfo.InvariantCulture), "payment_attempted", "payment",
                null, $"{InvoiceChanges.Money(amount)}: {result} (payment {outcome.PaymentId})");
        if (outcome.Status == PaymentStatus.Failed && state.CreatedById != Caller.SystemUserId)
        {
            state.Outbox.Notify(now, state.CreatedById, "payment.failed", $"Automatic charge for invoice {invoiceId} failed", result, new Notifications.NotificationPayload
            {
                InvoiceId = invoiceId,
                CustomerId = state.CustomerId,
                RecurringInvoiceId = number,
                Occurrence = occurrence,
                PaymentId = outcome.PaymentId,
            });
        }
    }

    /// <summary>The "payment attempt result" e-mail, naming the billing method charged (<c>payment.method</c>).</summary>
    public static Task<MessageDetails> EmailAsync(
        IGrainFactory grains, string tenant, TenantSettingsDetails settings, long number, int occurrence, InvoiceDetails invoice, decimal amount,
        string methodDisplay, ChargeOutcome outcome, DateTimeOffset now)
    {
        var culture = CultureInfo.GetCultureInfo(settings.Culture);
        var fields = RecurringInvoiceEmails.InvoiceFields(invoice, culture);
        fields["payment.amount"] = MessageFields.Money(amount, culture);
        fields["payment.date"] = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone)).DateTime).ToString("d", culture);
        fields["payment.result"] = Result(outcome);
        fields["payment.method"] = methodDisplay;
        return RecurringInvoiceEmails.SendWithPdfAsync(grains, tenant, MessageId(number, occurrence), SystemTemplateKinds.PaymentAttemptResult, invoice, fields);
    }

    private static IBillingMethodsGrain Methods(IGrainFactory grains, string tenant, long customerId) =>
        grains.GetGrain<IBillingMethodsGrain>(GrainKeys.For(tenant, customerId.ToString(CultureInfo.InvariantCulture)));
}
