namespace SecurityTrax.Scheduling;

/// <summary>
/// The company's scheduling settings: the customer's appointment reminder goes <see cref="ReminderLeadHours"/> before
/// the start by the company's clock (none when null), from company template <see cref="ReminderTemplateId"/> by that
/// template's channel (email or SMS).
/// </summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.ScheduleSettings")]
public sealed record ScheduleSettings(
    [property: Id(0)] int? ReminderLeadHours,
    [property: Id(1)] int? ReminderTemplateId,
    [property: Id(2)] int Version);
