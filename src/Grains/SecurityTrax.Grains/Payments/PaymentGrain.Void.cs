using SecurityTrax.Customers;
using SecurityTrax.Errors;
using SecurityTrax.Payments.Processing;

namespace SecurityTrax.Payments;

/// <summary>
/// Voiding (DESIGN §5): a recorded payment is taken back; a processed one is cancelled at the processor while it is
/// unsettled (the void key is stored before the processor is asked, so a retry after a crash cancels once) and must
/// be refunded after.
/// </summary>
public sealed partial class PaymentGrain
{
    public async Task<PaymentDetails> VoidAsync(int expectedVersion, string? reason)
    {
        Records.EnsureLive();
        if (State.Status == PaymentStatus.Voided)
        {
            return Details;
        }

        if (State.VoidKey is null)
        {
            await BeginVoidAsync(expectedVersion, reason);
        }

        if (await Work.Voiding.StepAsync() is { } refused)
        {
            throw SecurityTraxException.Conflict($"Payment {Number} can no longer be voided ({refused}); refund it instead.");
        }

        await Applying.ReleaseWantedAsync();
        await Applying.SyncAsync();
        await Reminder.StopWorkingIfDoneAsync();
        return Details;
    }

    private async Task BeginVoidAsync(int expectedVersion, string? reason)
    {
        if (State.Version != expectedVersion)
        {
            throw SecurityTraxException.StaleVersion(expectedVersion, State.Version);
        }

        var errors = new List<FieldError>();
        reason = FieldChecks.Text(errors, "reason", reason, 500);
        SecurityTraxException.ThrowIfAny(errors);
        CheckVoidable();
        if (Records.Processed && State.Status == PaymentStatus.Processing && await Records.ProcessorAsync() is null)
        {
            throw SecurityTraxException.Conflict(
                $"Payment {Number} was made on a processor account that is no longer configured here; cancel it in that account's dashboard.");
        }

        var now = Now;
        (State.VoidKey, State.VoidReason) = ($"{(State.ChargeKey.Length > 0 ? State.ChargeKey : $"{Tenant}-payment-{Id}")}-void", reason);
        Records.Record(now, "void_requested", $"Void requested by {Records.Actor.UserName}" + (reason is null ? "" : $": {reason}"));
        // The reminder exists before the void is stored, so a crash right after still finishes it.
        await Reminder.KeepWorkingAsync(PaymentWorkReminder.Every);
        await Records.CommitAsync(now);
    }

    private void CheckVoidable()
    {
        var why = State switch
        {
            { Type: PaymentType.Refund } => "a refund is not voided",
            { Status: PaymentStatus.Failed } => "it failed and moved no money",
            { Refunds.Count: > 0 } or { PendingRefunds.Count: > 0 } => "it has refunds; refund the rest instead",
            { Status: PaymentStatus.Succeeded } when Records.Processed => "it has settled at the processor; refund it instead",
            { Status: PaymentStatus.Processing, TransactionId: null } => "the processor's answer to the charge is awaited; try again shortly",
            _ => null,
        };
        if (why is not null)
        {
            throw SecurityTraxException.Conflict($"Payment {Number} cannot be voided: {why}.");
        }
    }
}
