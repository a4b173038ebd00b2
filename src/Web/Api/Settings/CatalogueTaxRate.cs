namespace SecurityTrax.Web.Api.Settings;

/// <summary>A state's sales tax rate in percent.</summary>
public sealed record CatalogueTaxRate(string State, decimal Rate, string ETag);
