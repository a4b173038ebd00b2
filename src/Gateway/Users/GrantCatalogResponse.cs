namespace SecurityTrax.Gateway.Users;

public sealed record GrantCatalogResponse(IReadOnlyList<string> Resources, IReadOnlyList<string> Actions, IReadOnlyList<string> Special);
