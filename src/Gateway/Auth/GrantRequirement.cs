using Microsoft.AspNetCore.Authorization;

namespace SecurityTrax.Gateway.Auth;

/// <summary>The request's user must hold <see cref="Grant"/>, or <see cref="Narrower"/> when given (the handler then checks whose record it is).</summary>
public sealed record GrantRequirement(string Grant, string? Narrower = null) : IAuthorizationRequirement;
