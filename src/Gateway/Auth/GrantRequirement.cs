using Microsoft.AspNetCore.Authorization;

namespace SecurityTrax.Gateway.Auth;

/// <summary>The request's user must hold <see cref="Grant"/>, or <see cref="Narrower"/> when given (the handler then checks whose record it is).</summary>
public sealed record GrantRequirement(string Grant, string? Narrower = null) : IAuthorizationRequirement
{
    /// <summary>Further grants any one of which lets the user in as well (the handler decides what each allows).</summary>
    public IReadOnlyList<string> Alternatives { get; init; } = [];
}
