using SecurityTrax.Errors;

namespace SecurityTrax.Invoices;

/// <summary>Changes to a document's header and lines, and the buttons that add lines claimed from the customer.</summary>
public sealed class InvoiceLineEditing(InvoiceRecords r, InvoiceDrafting drafting, InvoiceGiveBack giveBack)
{
    private InvoiceState State => r.State;

    public async Task<InvoiceDetails> UpdateHeaderAsync(InvoiceHeader header, int expectedVersion)
    {
        r.EnsureVersion(expectedVersion);
        InvoiceDocument.EnsureNotFrozen(State, r.Number);
        var errors = new List<FieldError>();
        var clean = InvoiceRules.Normalize(header, await r.TodayAsync(), errors);
        SecurityTraxException.ThrowIfAny(errors);
        var now = r.Now;
        return drafting.SetHeader(clean, r.History(now), "updated") ? await r.CommitAsync(now) : r.Details;
    }

    public async Task<InvoiceDetails> AddLineAsync(InvoiceLineInput line, int? expectedVersion)
    {
        r.EnsureLive();
        ExpectedVersion.Check(expectedVersion, State.Version);
        InvoiceDocument.EnsureLinesCanChange(State, r.Number);
        var (catalog, customer, rate) = await InvoiceButtons.PricingAsync(r.Grains, r.Tenant, State.CustomerId);
        var errors = new List<FieldError>();
        var built = InvoiceLines.Build(State.LastLineId + 1, line, catalog, rate, null, "", errors);
        SecurityTraxException.ThrowIfAny(errors);
        return await drafting.AddLinesAsync([built], customer);
    }

    public async Task<InvoiceDetails> UpdateLineAsync(int lineId, InvoiceLineInput line, int expectedVersion)
    {
        r.EnsureVersion(expectedVersion);
        InvoiceDocument.EnsureLinesCanChange(State, r.Number);
        var current = InvoiceDocument.FindLine(State, lineId, r.Number);
        var (catalog, customer, rate) = await InvoiceButtons.PricingAsync(r.Grains, r.Tenant, State.CustomerId);
        var errors = new List<FieldError>();
        var built = InvoiceLines.Build(lineId, line with { TaxRate = line.TaxRate ?? current.TaxRate }, catalog, rate, current, "", errors);
        SecurityTraxException.ThrowIfAny(errors);
        if (built == current)
        {
            return r.Details;
        }

        var now = r.Now;
        var before = InvoiceDocument.Totals(State);
        InvoiceDocument.SetLines(State, [.. State.Lines.Select(l => l.Id == lineId ? built : l)], r.Number);
        drafting.Describe(customer);
        var history = r.History(now);
        history.Add(r.Entity, r.Id, "line_updated", InvoiceChanges.LineField(built), InvoiceChanges.Line(current), InvoiceChanges.Line(built));
        drafting.TotalChanged(history, before);
        return await r.CommitAsync(now);
    }

    public async Task<InvoiceDetails> RemoveLineAsync(int lineId, int expectedVersion)
    {
        r.EnsureVersion(expectedVersion);
        InvoiceDocument.EnsureLinesCanChange(State, r.Number);
        var line = InvoiceDocument.FindLine(State, lineId, r.Number);
        var now = r.Now;
        var before = InvoiceDocument.Totals(State);
        InvoiceDocument.SetLines(State, [.. State.Lines.Where(l => l.Id != lineId)], r.Number);
        var history = r.History(now);
        history.Add(r.Entity, r.Id, "line_removed", InvoiceChanges.LineField(line), InvoiceChanges.Line(line), null);
        drafting.TotalChanged(history, before);
        giveBack.Later([line]);
        var details = await r.CommitAsync(now);
        await giveBack.NowAsync();
        return details;
    }

    public async Task<LinesAdded> AddUnpaidEquipmentAsync(int? expectedVersion)
    {
        EnsureButton(expectedVersion, InvoiceType.Invoice);
        var (lines, reason) = await InvoiceButtons.UnpaidEquipmentAsync(r.Grains, r.Tenant, r.Number, State);
        return await ButtonAsync(lines, reason);
    }

    public async Task<LinesAdded> AddActivationFeeAsync(int? expectedVersion)
    {
        EnsureButton(expectedVersion, InvoiceType.Invoice);
        var (lines, reason) = await InvoiceButtons.ActivationFeeAsync(r.Grains, r.Tenant, r.Number, State);
        return await ButtonAsync(lines, reason);
    }

    public async Task<LinesAdded> AddMonitoringAsync(int? expectedVersion)
    {
        EnsureButton(expectedVersion, InvoiceType.Invoice, InvoiceType.Quote);
        var (lines, reason) = await InvoiceButtons.MonitoringAsync(r.Grains, r.Tenant, State);
        return await ButtonAsync(lines, reason);
    }

    private async Task<LinesAdded> ButtonAsync(List<InvoiceLine> lines, string? reason) =>
        lines.Count == 0
            ? new LinesAdded(r.Details, [], reason)
            : new LinesAdded(await drafting.AddLinesAsync(lines, null), [.. lines.Select(l => l.Id)], null);

    private void EnsureButton(int? expectedVersion, params InvoiceType[] types)
    {
        r.EnsureType(types);
        ExpectedVersion.Check(expectedVersion, State.Version);
        InvoiceDocument.EnsureLinesCanChange(State, r.Number);
    }
}
