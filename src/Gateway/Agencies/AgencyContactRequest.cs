using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Agencies;

/// <summary>The directory agency to add to the customer's contacts.</summary>
public sealed record AgencyContactRequest([property: Required] int? AgencyId);
