namespace SecurityTrax.Web.Api;

/// <summary>Type: emergency (a person), police, fire or medical (an agency).</summary>
public sealed record ContactInput(
    string Type, string? Name, string? Relationship, Phone[] Phones, string? Note, string? AgencyName, string? PermitNumber);
