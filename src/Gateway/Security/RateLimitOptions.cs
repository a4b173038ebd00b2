using System.ComponentModel.DataAnnotations;

namespace SecurityTrax.Gateway.Security;

/// <summary>The <c>RateLimits</c> section: limits on expensive routes, per user and per company, in fixed windows.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Customer search and lists.</summary>
    public RouteLimit Search { get; set; } = new() { PerUser = 120, PerCompany = 600 };

    /// <summary>Invoice PDFs, printouts and bulk print.</summary>
    public RouteLimit Pdf { get; set; } = new() { PerUser = 30, PerCompany = 120 };

    /// <summary>Campaign sends and message previews.</summary>
    public RouteLimit Campaigns { get; set; } = new() { PerUser = 10, PerCompany = 30 };

    /// <summary>Credit reports, which cost money at the bureau.</summary>
    public RouteLimit CreditReports { get; set; } = new() { PerUser = 10, PerCompany = 40 };

    /// <summary>File uploads.</summary>
    public RouteLimit Uploads { get; set; } = new() { PerUser = 60, PerCompany = 300 };

    public RouteLimit For(string group) => group switch
    {
        RateLimitedRoutes.Search => Search,
        RateLimitedRoutes.Pdf => Pdf,
        RateLimitedRoutes.Campaigns => Campaigns,
        RateLimitedRoutes.CreditReports => CreditReports,
        RateLimitedRoutes.Uploads => Uploads,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Not a rate-limited route group."),
    };
}
