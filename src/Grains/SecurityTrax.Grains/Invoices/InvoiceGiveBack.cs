using Microsoft.Extensions.Logging;

namespace SecurityTrax.Invoices;

/// <summary>
/// Equipment rows and the activation fee an invoice no longer bills go back to the customer. The invoice is saved
/// first, so a crash in between leaves a claim the invoice no longer uses (given back on the next activation) and
/// never one that two invoices bill.
/// </summary>
public sealed partial class InvoiceGiveBack(InvoiceRecords r, ILogger logger, string grainKey)
{
    private InvoiceState State => r.State;

    /// <summary>Notes equipment rows and the activation fee the invoice no longer bills; they are given back after the save.</summary>
    public void Later(IEnumerable<InvoiceLine> lines)
    {
        foreach (var line in lines)
        {
            if (line.EquipmentRowId is { } row)
            {
                State.ReleaseRowIds.Add(row);
            }

            State.ReleaseActivationFee |= line.Source == LineSource.ActivationFee;
        }
    }

    /// <summary>Gives the noted claims back; a failure is logged and retried on the next activation.</summary>
    public async Task NowAsync()
    {
        if (State.ReleaseRowIds.Count == 0 && !State.ReleaseActivationFee)
        {
            return;
        }

        try
        {
            await InvoiceButtons.Equipment(r.Grains, r.Tenant, State).ReleaseAsync(r.Number, [.. State.ReleaseRowIds], State.ReleaseActivationFee);
            State.ReleaseRowIds.Clear();
            State.ReleaseActivationFee = false;
            await r.SaveAsync();
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            LogGiveBackFailed(logger, e, grainKey);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Giving equipment back from {Invoice} failed; retried on its next activation")]
    private static partial void LogGiveBackFailed(ILogger logger, Exception exception, string invoice);
}
