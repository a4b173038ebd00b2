namespace SecurityTrax.Web.Api.Scheduling;

public sealed record ArrivalWindowInput(DateTimeOffset From, DateTimeOffset To);
