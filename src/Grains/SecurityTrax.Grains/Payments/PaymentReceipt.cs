using SecurityTrax.Errors;
using SecurityTrax.Messages;

namespace SecurityTrax.Payments;

/// <summary>The email receipt of a succeeded payment, sent once.</summary>
public sealed class PaymentReceipt(PaymentRecords r)
{
    private PaymentState State => r.State;

    /// <summary>The email receipt, once: the message id comes from the payment, and sending is at most once per id.</summary>
    public async Task SendOnceAsync()
    {
        if (State.Status != PaymentStatus.Succeeded || !State.EmailReceipt || State.ReceiptDone)
        {
            return;
        }

        var message = r.Grains.GetGrain<IMessageGrain>(GrainKeys.For(r.Tenant, $"p{r.Id}-receipt"));
        var fields = new Dictionary<string, string>
        {
            ["payment.amount"] = "$" + PaymentBook.Money(State.Amount),
            ["payment.date"] = State.PaymentDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["payment.method"] = State.MethodDisplay,
            ["payment.result"] = await ReceiptWording.ResultAsync(r.Grains, r.Tenant, State),
            ["payment.transaction_id"] = State.TransactionId ?? "",
        };
        var now = r.Now;
        try
        {
            var sent = await message.SendAsync(new SendMessage(
                State.CustomerId, MessageChannel.Email, null, SystemTemplateKinds.PaymentReceipt, null, null, null, State.ReceiptTo, null, fields, null, false));
            r.Record(now, "receipt", $"Receipt message {sent.Id}: {sent.Status.ToString().ToLowerInvariant()}");
        }
        catch (SecurityTraxException e)
        {
            r.Record(now, "receipt", $"No receipt sent: {e.Message}");
        }

        State.ReceiptDone = true;
        await r.CommitAsync(now);
    }
}
