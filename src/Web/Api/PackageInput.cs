namespace SecurityTrax.Web.Api;

/// <summary>The body of <c>POST /api/v1/customers/{id}/equipment/packages</c>.</summary>
public sealed record PackageInput(int? PackageId);
