namespace SecurityTrax.Web.Api.Settings;

/// <summary>The body of adding or changing a billable item.</summary>
public sealed record ItemInput(string? Name, string? Description, decimal? UnitPrice, bool Taxable, string? Kind);
