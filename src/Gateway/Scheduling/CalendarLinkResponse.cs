namespace SecurityTrax.Gateway.Scheduling;

/// <summary>The technician's calendar feed link, for a phone's calendar to subscribe to; anyone holding it reads the schedule.</summary>
public sealed record CalendarLinkResponse(long TechnicianId, string Url);
