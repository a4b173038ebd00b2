namespace SecurityTrax.Web.Api;

/// <summary>One step of a payment's processing log, as the processor answered it; repeats are counted, not listed.</summary>
public sealed record ProcessingLogEntry(DateTimeOffset At, string Step, string Detail, int Count, DateTimeOffset? LastAt);
