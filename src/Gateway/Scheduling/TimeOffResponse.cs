namespace SecurityTrax.Gateway.Scheduling;

public sealed record TimeOffResponse(int Id, DateOnly From, DateOnly To, string Reason);
