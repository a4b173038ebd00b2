using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Security;

/// <summary>How many requests of one route group a user, and all users of a company together, may make per window.</summary>
public sealed class RouteLimit
{
    [Range(1, int.MaxValue)]
    public int PerUser { get; set; }

    [Range(1, int.MaxValue)]
    public int PerCompany { get; set; }
}
