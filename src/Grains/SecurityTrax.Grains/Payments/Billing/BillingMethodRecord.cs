namespace SecurityTrax.Payments.Billing;

/// <summary>A stored billing method: the processor token and display data, never a number.</summary>
public sealed class BillingMethodRecord
{
    public string Id { get; set; } = "";

    public BillingMethodKind Kind { get; set; }

    public string? Token { get; set; }

    public string? Brand { get; set; }

    public string? Last4 { get; set; }

    public int? ExpMonth { get; set; }

    public int? ExpYear { get; set; }

    public string? Label { get; set; }

    public string? Processor { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public bool Removed { get; set; }

    /// <summary>The request that added it (<see cref="NewBillingMethod.RequestId"/>), so its repeat adds nothing.</summary>
    public string? RequestId { get; set; }

    public BillingMethod ToDetails(string? defaultId, int version = 0) =>
        new(Id, Kind, Brand, Last4, ExpMonth, ExpYear, Label, Id == defaultId, Processor, AddedAt, version);
}
