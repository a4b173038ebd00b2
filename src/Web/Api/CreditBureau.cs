namespace SecurityTrax.Web.Api;

/// <summary>A bureau approved for the company (<c>GET /api/v1/credit-bureaus</c>); one not <see cref="Configured"/> has no account entered yet.</summary>
public sealed record CreditBureau(string Code, string Name, bool Configured);
