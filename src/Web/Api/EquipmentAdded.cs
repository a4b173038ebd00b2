namespace SecurityTrax.Web.Api;

/// <summary>What Add Invoiced Equipment did: the rows it added, or the API's reason for adding none.</summary>
public sealed record EquipmentAdded(EquipmentRow[] Added, string? Reason);
