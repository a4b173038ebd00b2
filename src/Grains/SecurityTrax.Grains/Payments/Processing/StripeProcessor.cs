using System.Net;
using SecurityTrax.Errors;
using Stripe;

namespace SecurityTrax.Payments.Processing;

/// <summary>Stripe through Stripe.net: off-session PaymentIntents, Refunds, customers and setup intents.</summary>
/// <remarks>
/// Every POST carries our own idempotency key; without one Stripe.net makes up a new key per call, which only
/// covers its own retries. Declines (402, with the failed intent) are answers; no answer or a 5xx is unknown.
/// </remarks>
public sealed class StripeProcessor(StripeClient client) : IPaymentProcessor
{
    public const string ProcessorName = "stripe";

    /// <summary>Metadata on every refund we ask for, so its webhook is told apart from a refund made in the Stripe dashboard.</summary>
    public const string OwnRefundMetadata = "securitytrax_refund";

    public string Name => ProcessorName;

    public async Task<string> CreateCustomerAsync(string name, string? email, string idempotencyKey, CancellationToken cancellationToken) =>
        (await client.V1.Customers.CreateAsync(new CustomerCreateOptions { Name = name, Email = email }, Key(idempotencyKey), cancellationToken)).Id;

    public async Task<BillingSetup> BeginSetupAsync(
        string processorCustomerId, BillingMethodKind kind, string idempotencyKey, CancellationToken cancellationToken)
    {
        var bank = kind == BillingMethodKind.BankAccount;
        var intent = await client.V1.SetupIntents.CreateAsync(
            new SetupIntentCreateOptions
            {
                Customer = processorCustomerId,
                Usage = "off_session",
                AllowedPaymentMethodTypes = [bank ? "us_bank_account" : "card"],
            },
            Key(idempotencyKey),
            cancellationToken);
        return new BillingSetup(Name, intent.Id, intent.ClientSecret, bank ? AchMandate.Text : null);
    }

    public async Task<AttachedMethod> AttachAsync(string processorCustomerId, string token, CancellationToken cancellationToken)
    {
        PaymentMethod method;
        try
        {
            method = await client.V1.PaymentMethods.AttachAsync(token, new PaymentMethodAttachOptions { Customer = processorCustomerId }, null, cancellationToken);
        }
        catch (StripeException e) when (e.HttpStatusCode is HttpStatusCode.PaymentRequired or HttpStatusCode.BadRequest or HttpStatusCode.NotFound)
        {
            throw SecurityTraxException.Invalid("token", Reason(e));
        }

        return StripeBrowserCharges.Attached(method);
    }

    public async Task<ProcessorAnswer> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken)
    {
        if (request.Type != PaymentType.Sale)
        {
            throw SecurityTraxException.Invalid("type", "Credits are not supported by this processor (Stripe).");
        }

        var options = new PaymentIntentCreateOptions
        {
            Amount = Cents(request.Amount),
            Currency = "usd",
            Customer = request.ProcessorCustomerId,
            PaymentMethod = request.Token,
            Confirm = true,
            OffSession = true,
            Metadata = new Dictionary<string, string>(request.Metadata),
        };
        return await AskAsync(async () => Answer(await client.V1.PaymentIntents.CreateAsync(options, Key(request.IdempotencyKey), cancellationToken)));
    }

    public Task<ProcessorAnswer> StartBrowserChargeAsync(ChargeRequest request, bool saveMethod, CancellationToken cancellationToken) =>
        AskAsync(() => new StripeBrowserCharges(client).StartAsync(request, saveMethod, Key(request.IdempotencyKey), cancellationToken));

    public Task<ProcessorAnswer> CheckBrowserChargeAsync(string transactionId, CancellationToken cancellationToken) =>
        AskAsync(() => new StripeBrowserCharges(client).CheckAsync(transactionId, cancellationToken));

    public Task<ProcessorAnswer> CheckAsync(string transactionId, CancellationToken cancellationToken) =>
        AskAsync(async () => Checked(await client.V1.PaymentIntents.GetAsync(transactionId, null, null, cancellationToken)));

    public Task<ProcessorAnswer> CheckRefundAsync(string refundId, CancellationToken cancellationToken) =>
        AskAsync(async () => RefundAnswer(await client.V1.Refunds.GetAsync(refundId, null, null, cancellationToken)));

    public Task<ProcessorAnswer> RefundAsync(string transactionId, decimal amount, string idempotencyKey, CancellationToken cancellationToken) =>
        AskAsync(async () =>
        {
            var refund = await client.V1.Refunds.CreateAsync(
                new RefundCreateOptions
                {
                    PaymentIntent = transactionId, Amount = Cents(amount), Metadata = new Dictionary<string, string> { [OwnRefundMetadata] = idempotencyKey },
                },
                Key(idempotencyKey),
                cancellationToken);
            return RefundAnswer(refund);
        });

    /// <summary>
    /// Cancels the payment intent; Stripe refuses (400) one that settled, which is a declined void: refund it instead.
    /// </summary>
    public Task<ProcessorAnswer> VoidAsync(string transactionId, string idempotencyKey, CancellationToken cancellationToken) =>
        AskAsync(async () =>
        {
            PaymentIntent intent;
            try
            {
                intent = await client.V1.PaymentIntents.CancelAsync(transactionId, new PaymentIntentCancelOptions(), Key(idempotencyKey), cancellationToken);
            }
            catch (StripeException e) when (e.StripeError?.Code == "payment_intent_unexpected_state")
            {
                return new ProcessorAnswer(ProcessorOutcome.Declined, transactionId, "The payment has settled; refund it instead.", $"Stripe {transactionId}: {e.StripeError.Code}");
            }

            return intent.Status == "canceled"
                ? new ProcessorAnswer(ProcessorOutcome.Succeeded, intent.Id, null, $"Stripe {intent.Id}: canceled")
                : new ProcessorAnswer(ProcessorOutcome.Declined, intent.Id, "The payment has settled; refund it instead.", $"Stripe {intent.Id}: {intent.Status}");
        });

    private static ProcessorAnswer Answer(PaymentIntent intent) => intent.Status switch
    {
        "succeeded" => new(ProcessorOutcome.Succeeded, intent.Id, null, $"Stripe {intent.Id}: succeeded"),
        "processing" => new(ProcessorOutcome.Pending, intent.Id, null, $"Stripe {intent.Id}: processing"),
        _ when intent.LastPaymentError is { } error =>
            new(ProcessorOutcome.Declined, intent.Id, $"{error.Message} ({error.DeclineCode ?? error.Code})", $"Stripe {intent.Id}: {intent.Status}"),
        _ => new(ProcessorOutcome.Declined, intent.Id, $"The payment needs action ({intent.Status}).", $"Stripe {intent.Id}: {intent.Status}"),
    };

    /// <summary>
    /// What a check of an earlier charge means: only the intent's own terminal states are final (succeeded; waiting
    /// for another payment method after a failed attempt; canceled); any other state keeps the payment waiting.
    /// </summary>
    private static ProcessorAnswer Checked(PaymentIntent intent) => intent.Status switch
    {
        "succeeded" => new(ProcessorOutcome.Succeeded, intent.Id, null, $"Stripe {intent.Id}: succeeded"),
        "requires_payment_method" when intent.LastPaymentError is { } error =>
            new(ProcessorOutcome.Declined, intent.Id, $"{error.Message} ({error.DeclineCode ?? error.Code})", $"Stripe {intent.Id}: {intent.Status}"),
        "canceled" => new(ProcessorOutcome.Declined, intent.Id, $"The payment was canceled at Stripe ({intent.CancellationReason ?? "no reason given"}).", $"Stripe {intent.Id}: canceled"),
        _ => new(ProcessorOutcome.Pending, intent.Id, null, $"Stripe {intent.Id}: {intent.Status}"),
    };

    private static ProcessorAnswer RefundAnswer(Refund refund)
    {
        var outcome = refund.Status switch
        {
            "succeeded" => ProcessorOutcome.Succeeded,
            "failed" or "canceled" => ProcessorOutcome.Declined,
            _ => ProcessorOutcome.Pending,
        };
        return new ProcessorAnswer(
            outcome, refund.Id, outcome == ProcessorOutcome.Declined ? refund.FailureReason ?? refund.Status : null, $"Stripe refund {refund.Id}: {refund.Status}");
    }

    internal static async Task<ProcessorAnswer> AskAsync(Func<Task<ProcessorAnswer>> call)
    {
        try
        {
            return await call();
        }
        catch (StripeException e) when (e.HttpStatusCode == HttpStatusCode.PaymentRequired)
        {
            var intent = e.StripeError?.PaymentIntent;
            return new ProcessorAnswer(ProcessorOutcome.Declined, intent?.Id, Reason(e), $"Stripe declined: {e.StripeError?.Code}");
        }
        catch (StripeException e) when ((int)e.HttpStatusCode is >= 400 and < 500 and not 409 and not 429)
        {
            // A refusal of the request itself: this request moved no money; whether an earlier one did, only the caller knows.
            return new ProcessorAnswer(ProcessorOutcome.Refused, null, Reason(e), $"Stripe refused the request: {(int)e.HttpStatusCode} {e.StripeError?.Code}");
        }
        catch (StripeException e)
        {
            return ProcessorAnswer.Unknown($"Stripe answered {(int)e.HttpStatusCode} {e.StripeError?.Code}; asking again with the same key");
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return ProcessorAnswer.Unknown($"No answer from Stripe ({e.GetType().Name}); asking again with the same key");
        }
    }

    private static string Reason(StripeException e)
    {
        var code = e.StripeError?.DeclineCode ?? e.StripeError?.Code;
        var message = e.StripeError?.Message ?? e.Message;
        return code is null ? message : $"{message} ({code})";
    }

    internal static long Cents(decimal amount) => (long)decimal.Round(amount * 100m, 0, MidpointRounding.AwayFromZero);

    private static RequestOptions Key(string idempotencyKey) => new() { IdempotencyKey = idempotencyKey };
}
