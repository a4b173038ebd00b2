namespace SecurityTrax.Web.Api.Files;

/// <summary>The body of <c>PUT …/files/{fileId}</c>: a new name, category and description.</summary>
public sealed record FileEditInput(string Name, string? Category, string? Description);
