using Microsoft.Extensions.Logging;
using SecurityTrax.Outbox;

namespace SecurityTrax.Invoices;

/// <summary>
/// When the invoice is voided, the money applied to it comes off in the same save and is given back after it
/// (<see cref="InvoiceReturns"/>); what cannot be told now is retried on a timer and on the next activation.
/// </summary>
public sealed class InvoiceReturning(Grain grain, InvoiceRecords r, ILogger logger)
{
    /// <summary>How soon a give-back that could not be told (the payment busy or away) is tried again.</summary>
    public static readonly TimeSpan ReturnRetry = TimeSpan.FromSeconds(5);

    private readonly InvoiceReturns _returns = new(logger);
    private IGrainTimer? _retry;

    /// <summary>On voiding: every application comes off (to be given back after the save) and holds end.</summary>
    public void TakeBack(HistoryRecorder history) => _returns.TakeBack(r.State, history, r.Entity, r.Id);

    /// <summary>Gives back what a void took off, now; what cannot be told now is retried on a timer (and on the next activation).</summary>
    public async Task ReturnAsync()
    {
        if (!await _returns.TellAsync(r.State, r.Grains, r.Tenant, r.Number, r.SaveAsync))
        {
            _retry ??= grain.RegisterGrainTimer(RetryAsync, ReturnRetry, ReturnRetry);
        }
    }

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        if (await _returns.TellAsync(r.State, r.Grains, r.Tenant, r.Number, r.SaveAsync))
        {
            _retry?.Dispose();
            _retry = null;
        }
    }
}
