namespace SecurityTrax.Web.Api.Settings;

/// <summary>The body of adding or changing an equipment model.</summary>
public sealed record EquipmentInput(string? Make, string? Model, int? BillableItemId);
