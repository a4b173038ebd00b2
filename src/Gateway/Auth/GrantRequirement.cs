using Microsoft.AspNetCore.Authorization;

namespace SecurityTrax.Gateway.Auth;

/// <summary>The request's user must hold <see cref="Grant"/>.</summary>
public sealed record GrantRequirement(string Grant) : IAuthorizationRequirement;
