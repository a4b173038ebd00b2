namespace SecurityTrax.Payments;

/// <summary>
/// The payment's work reminder: it exists while a step waits (a processor answer, a settlement, a posting date, an
/// application, refund or void in flight, a receipt) and retries it; it goes once nothing waits.
/// </summary>
public sealed class PaymentWorkReminder(Grain grain, Func<PaymentState> state)
{
    /// <summary>While a step waits the reminder retries it this often.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromMinutes(5);

    public const string Name = "work";

    /// <summary>Work that waits: a charge without a final answer, a posting date, an application, refund or void in flight, a receipt.</summary>
    public static bool HasWork(PaymentState s) =>
        s.Exists && (s.Status == PaymentStatus.Scheduled
            || (s.Status == PaymentStatus.Processing && !(s.ChargeStopped && s.TransactionId is null))
            || s.PendingRefunds.Count > 0 || s.Applications.Any(a => !a.InSync)
            || (s.VoidKey is not null && s.Status != PaymentStatus.Voided)
            || ((s.Status is PaymentStatus.Failed or PaymentStatus.Voided) && s.Wanted.Count > 0)
            || (s.Status == PaymentStatus.Succeeded && (s.Wanted.Count > 0 || (s.EmailReceipt && !s.ReceiptDone) || PaymentMethodSaving.Waits(s))));

    /// <summary>Registered before the step it covers is stored, so a crash right after still has a reminder to finish it.</summary>
    public Task KeepWorkingAsync(TimeSpan dueIn) =>
        grain.RegisterOrUpdateReminder(Name, dueIn < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : dueIn, Every);

    public async Task StopWorkingIfDoneAsync()
    {
        if (!HasWork(state()) && await grain.GetReminder(Name) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }
    }
}
