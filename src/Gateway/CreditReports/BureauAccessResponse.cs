using SecurityTrax.CreditReports;
using SecurityTrax.Gateway.Users;

namespace SecurityTrax.Gateway.CreditReports;

/// <summary>A bureau request: <see cref="Status"/> is pending, approved or refused; <see cref="Tenant"/> is shown to the operator only.</summary>
public sealed record BureauAccessResponse(
    string? Tenant,
    long Id,
    string Bureau,
    string PermissiblePurpose,
    long? RequestedById,
    string RequestedByName,
    DateTimeOffset RequestedAt,
    BureauAccessStatus Status,
    DateTimeOffset? DecidedAt,
    string? DecisionNote)
{
    public static BureauAccessResponse From(BureauAccessRequestDetails d, bool forOperator) => new(
        forOperator ? d.Tenant : null, d.Id, d.Bureau, d.PermissiblePurpose, UserIds.Number(d.RequestedById), d.RequestedByName,
        d.RequestedAt, d.Status, d.DecidedAt, d.DecisionNote);
}
