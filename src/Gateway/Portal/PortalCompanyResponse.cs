namespace SecurityTrax.Gateway.Portal;

/// <summary>The company on the portal: name, contacts and whether it has a logo (<c>…/logo</c>).</summary>
public sealed record PortalCompanyResponse(string Name, string? Address, string? Phone, string? Email, string? Website, bool HasLogo);
