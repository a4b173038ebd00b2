using Stripe;

namespace SecurityTrax.Payments.Processing;

/// <summary>
/// Payment intents the customer confirms in the browser with Stripe's Payment Element (card, 3-D Secure included, or
/// US bank account): made unconfirmed with our key and metadata, then read back with the method the customer chose.
/// </summary>
internal sealed class StripeBrowserCharges(StripeClient client)
{
    /// <summary>What the Payment Element offers: cards and US bank accounts (ACH debits, processing until they settle).</summary>
    public static readonly string[] MethodTypes = ["card", "us_bank_account"];

    public async Task<ProcessorAnswer> StartAsync(ChargeRequest request, bool saveMethod, RequestOptions key, CancellationToken cancellationToken)
    {
        var intent = await client.V1.PaymentIntents.CreateAsync(
            new PaymentIntentCreateOptions
            {
                Amount = StripeProcessor.Cents(request.Amount),
                Currency = "usd",
                Customer = request.ProcessorCustomerId,
                AllowedPaymentMethodTypes = [.. MethodTypes],
                SetupFutureUsage = saveMethod ? "off_session" : null,
                Metadata = new Dictionary<string, string>(request.Metadata),
            },
            key,
            cancellationToken);
        return new ProcessorAnswer(ProcessorOutcome.AwaitingCustomer, intent.Id, null, $"Stripe {intent.Id}: {intent.Status}, for the customer to confirm")
        {
            ClientSecret = intent.ClientSecret,
        };
    }

    /// <summary>
    /// Succeeded and processing (a bank debit) carry the method; a failed attempt or a cancelled intent is declined
    /// (the payment cancels the intent before it fails, so the customer cannot confirm it later); anything else waits.
    /// </summary>
    public async Task<ProcessorAnswer> CheckAsync(string transactionId, CancellationToken cancellationToken)
    {
        var intent = await client.V1.PaymentIntents.GetAsync(transactionId, null, null, cancellationToken);
        var method = intent.Status is "succeeded" or "processing" && intent.PaymentMethodId is { } id
            ? Attached(await client.V1.PaymentMethods.GetAsync(id, null, null, cancellationToken))
            : null;
        var detail = $"Stripe {intent.Id}: {intent.Status}";
        return intent.Status switch
        {
            "succeeded" => new(ProcessorOutcome.Succeeded, intent.Id, null, detail) { Method = method },
            "processing" => new(ProcessorOutcome.Pending, intent.Id, null, detail) { Method = method },
            "canceled" => new(ProcessorOutcome.Declined, intent.Id, "The payment was not completed.", detail),
            "requires_payment_method" when intent.LastPaymentError is { } error =>
                new(ProcessorOutcome.Declined, intent.Id, $"{error.Message} ({error.DeclineCode ?? error.Code})", detail),
            _ => new(ProcessorOutcome.AwaitingCustomer, intent.Id, null, detail),
        };
    }

    public static AttachedMethod Attached(PaymentMethod method) =>
        method.Type == "us_bank_account"
            ? new AttachedMethod(method.Id, BillingMethodKind.BankAccount, method.UsBankAccount?.BankName, method.UsBankAccount?.Last4, null, null)
            : new AttachedMethod(method.Id, BillingMethodKind.Card, method.Card?.Brand, method.Card?.Last4, (int?)method.Card?.ExpMonth, (int?)method.Card?.ExpYear);
}
