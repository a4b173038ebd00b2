namespace SecurityTrax.Agencies;

/// <summary>One agency read from an imported file, with the file line it came from (for errors).</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.AgencyImportRow")]
public sealed record AgencyImportRow(
    [property: Id(0)] int Line,
    [property: Id(1)] AgencyInput Agency);
