using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using SecurityTrax.Errors;

namespace SecurityTrax.Payments.Processing;

/// <summary>
/// The processor when no Stripe key is configured: Stripe's test tokens (<see cref="SandboxToken"/>) approve,
/// decline, or — bank accounts — stay pending and settle or fail after <see cref="PaymentsOptions.SandboxSettlementDelay"/>.
/// Ids derive from the idempotency key, and answers are replayed per key, as Stripe does.
/// </summary>
public sealed class SandboxProcessor(TimeProvider time, TimeSpan settlementDelay) : IPaymentProcessor
{
    public const string ProcessorName = "sandbox";

    private readonly ConcurrentDictionary<string, (ProcessorAnswer Answer, DateTimeOffset At, SandboxToken Token)> _charges = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, ProcessorAnswer> _voids = new(StringComparer.Ordinal);

    public string Name => ProcessorName;

    public Task<string> CreateCustomerAsync(string name, string? email, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult("cus_sbx_" + Digest(idempotencyKey));

    public Task<BillingSetup> BeginSetupAsync(string processorCustomerId, BillingMethodKind kind, string idempotencyKey, CancellationToken cancellationToken)
    {
        var id = "seti_sbx_" + Digest(idempotencyKey);
        return Task.FromResult(new BillingSetup(Name, id, id + "_secret_sandbox", kind == BillingMethodKind.BankAccount ? AchMandate.Text : null));
    }

    public Task<AttachedMethod> AttachAsync(string processorCustomerId, string token, CancellationToken cancellationToken)
    {
        var test = Find(token);
        if (test.RefusedOnAttach)
        {
            throw SecurityTraxException.Invalid("token", test.Reason);
        }

        return Task.FromResult(new AttachedMethod(test.Token, test.Kind, test.Brand, test.Last4,
            test.Kind == BillingMethodKind.Card ? 12 : null, test.Kind == BillingMethodKind.Card ? time.GetUtcNow().Year + 3 : null));
    }

    public Task<ProcessorAnswer> ChargeAsync(ChargeRequest request, CancellationToken cancellationToken)
    {
        var test = Find(request.Token);
        var charge = _charges.GetOrAdd(request.IdempotencyKey, key =>
        {
            var id = "pi_sbx_" + Digest(key);
            var answer = test.SettlesLater
                ? new ProcessorAnswer(ProcessorOutcome.Pending, id, null, "Sandbox: bank debit pending")
                : test.Outcome == ProcessorOutcome.Succeeded
                    ? new ProcessorAnswer(ProcessorOutcome.Succeeded, id, null, $"Sandbox: {Verb(request.Type)} of {request.Amount:0.00} approved")
                    : new ProcessorAnswer(ProcessorOutcome.Declined, id, test.Reason, $"Sandbox: declined ({test.DeclineCode})");
            return (answer, time.GetUtcNow(), test);
        });
        return Task.FromResult(charge.Answer);
    }

    /// <summary>The sandbox has no browser library: its test form hands over a test token, charged as any other.</summary>
    public Task<ProcessorAnswer> StartBrowserChargeAsync(ChargeRequest request, bool saveMethod, CancellationToken cancellationToken) =>
        throw SecurityTraxException.Invalid("token", "Choose a test card or bank account from the test payment form.");

    public Task<ProcessorAnswer> CheckBrowserChargeAsync(string transactionId, CancellationToken cancellationToken) => CheckAsync(transactionId, cancellationToken);

    public Task<ProcessorAnswer> CheckAsync(string transactionId, CancellationToken cancellationToken)
    {
        var found = _charges.Values.FirstOrDefault(c => c.Answer.TransactionId == transactionId);
        if (found.Answer is null || found.Answer.Outcome != ProcessorOutcome.Pending)
        {
            // A sandbox restarted since the charge has forgotten it: it settles as approved.
            return Task.FromResult(found.Answer ?? new ProcessorAnswer(ProcessorOutcome.Succeeded, transactionId, null, "Sandbox: settled"));
        }

        if (time.GetUtcNow() - found.At < settlementDelay)
        {
            return Task.FromResult(found.Answer);
        }

        return Task.FromResult(found.Token.Outcome == ProcessorOutcome.Succeeded
            ? new ProcessorAnswer(ProcessorOutcome.Succeeded, transactionId, null, "Sandbox: bank debit settled")
            : new ProcessorAnswer(ProcessorOutcome.Declined, transactionId, found.Token.Reason, $"Sandbox: bank debit failed ({found.Token.DeclineCode})"));
    }

    public Task<ProcessorAnswer> RefundAsync(string transactionId, decimal amount, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(new ProcessorAnswer(ProcessorOutcome.Succeeded, "re_sbx_" + Digest(idempotencyKey), null, $"Sandbox: refund of {amount:0.00} approved"));

    /// <summary>Sandbox refunds never wait, so one asked about has succeeded.</summary>
    public Task<ProcessorAnswer> CheckRefundAsync(string refundId, CancellationToken cancellationToken) =>
        Task.FromResult(new ProcessorAnswer(ProcessorOutcome.Succeeded, refundId, null, "Sandbox: refund succeeded"));

    /// <summary>A pending bank debit within its settlement delay is cancelled (and then reads as such); a settled one is not.</summary>
    public Task<ProcessorAnswer> VoidAsync(string transactionId, string idempotencyKey, CancellationToken cancellationToken) =>
        Task.FromResult(_voids.GetOrAdd(idempotencyKey, _ =>
        {
            var found = _charges.FirstOrDefault(c => c.Value.Answer.TransactionId == transactionId);
            if (found.Key is null || found.Value.Answer.Outcome != ProcessorOutcome.Pending || time.GetUtcNow() - found.Value.At >= settlementDelay)
            {
                return new ProcessorAnswer(ProcessorOutcome.Declined, transactionId, "The payment has settled; refund it instead.", "Sandbox: too late to void, settled");
            }

            var cancelled = new ProcessorAnswer(ProcessorOutcome.Declined, transactionId, "Voided before it settled", "Sandbox: bank debit cancelled");
            _charges[found.Key] = (cancelled, found.Value.At, found.Value.Token);
            return new ProcessorAnswer(ProcessorOutcome.Succeeded, transactionId, null, "Sandbox: bank debit cancelled before settlement");
        }));

    private static SandboxToken Find(string token) =>
        SandboxToken.All.GetValueOrDefault(token)
        ?? throw SecurityTraxException.Invalid("token", $"The sandbox takes only its test tokens ({string.Join(", ", SandboxToken.All.Keys)}).");

    private static string Verb(PaymentType type) => type == PaymentType.Credit ? "credit" : "charge";

    private static string Digest(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..24];
}
