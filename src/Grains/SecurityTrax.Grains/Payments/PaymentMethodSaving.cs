using System.Globalization;
using SecurityTrax.Errors;
using SecurityTrax.Identity;

namespace SecurityTrax.Payments;

/// <summary>
/// Saves the method a customer paid with in the portal as a billing method, when they consented: through the office's
/// own path (<see cref="IBillingMethodsGrain.AddAsync"/>), once the processor took the money (or, for a bank debit,
/// accepted it), keyed by the charge so a repeat after a crash saves it once. In the customer's history with source portal.
/// </summary>
public sealed class PaymentMethodSaving(PaymentRecords r)
{
    private PaymentState State => r.State;

    /// <summary>A consented save that has not been made: the money is in, or a bank debit is on its way.</summary>
    public static bool Waits(PaymentState s) =>
        s.SaveMethod && s.SavedMethodId is null && s.Token is { Length: > 0 } && (!s.InBrowser || s.MethodKnown)
        && (s.Status == PaymentStatus.Succeeded || (s.Status == PaymentStatus.Processing && s.Method == PaymentMethodKind.BankAccount && s.TransactionId is not null));

    public async Task SaveOnceAsync()
    {
        if (!Waits(State))
        {
            return;
        }

        CallerContext.Set(new Caller(r.Tenant, Caller.SystemUserId, "Customer portal", ChangeSources.Portal, null, null));
        var methods = r.Grains.GetGrain<IBillingMethodsGrain>(GrainKeys.For(r.Tenant, State.CustomerId.ToString(CultureInfo.InvariantCulture)));
        var kind = State.Method == PaymentMethodKind.BankAccount ? BillingMethodKind.BankAccount : BillingMethodKind.Card;
        var now = r.Now;
        try
        {
            var saved = await methods.AddAsync(new NewBillingMethod(kind, State.Token, null, State.MakeDefaultMethod, State.ChargeKey + "-save"));
            State.SavedMethodId = saved.Id;
            r.Record(now, "method_saved", $"Saved as billing method {saved.Id} ({saved.Display}){(State.MakeDefaultMethod ? ", the default" : "")}, as the customer asked");
        }
        catch (SecurityTraxException e)
        {
            // The processor refused to keep it: the payment stands; the office sees why in the log.
            State.SavedMethodId = "";
            r.Record(now, "method_not_saved", e.Message);
        }

        await r.CommitAsync(now);
    }
}
