namespace SecurityTrax.Web.Api.Settings;

/// <summary>The body of adding a state's rate (with <see cref="State"/>) or changing it (without).</summary>
public sealed record TaxRateInput(string? State, decimal? Rate);
