using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Agencies;

/// <summary>
/// A CSV file's text with the header <c>kind,name,phone,line1,line2,city,state,zip,zips,cities</c>; <c>zips</c> and
/// <c>cities</c> list several values separated by <c>;</c> ("80202;80203", "Denver, CO;Aurora, CO").
/// </summary>
public sealed record AgencyImportRequest([property: Required] string? Csv);
