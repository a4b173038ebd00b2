namespace SecurityTrax.CreditReports;

/// <summary>One bureau request as stored; add members, never rename.</summary>
public sealed class BureauAccessRecord
{
    public long Id { get; set; }

    public string Bureau { get; set; } = "";

    public string PermissiblePurpose { get; set; } = "";

    public string RequestedById { get; set; } = "";

    public string RequestedByName { get; set; } = "";

    public DateTimeOffset RequestedAt { get; set; }

    public BureauAccessStatus Status { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecisionNote { get; set; }

    public BureauAccessRequestDetails ToDetails(string tenant) =>
        new(tenant, Id, Bureau, PermissiblePurpose, RequestedById, RequestedByName, RequestedAt, Status, DecidedAt, DecisionNote);
}
