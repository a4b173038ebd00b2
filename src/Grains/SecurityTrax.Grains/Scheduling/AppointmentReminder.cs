using System.Globalization;
using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Messages;
using SecurityTrax.RecurringInvoices;
using SecurityTrax.Tenants;

namespace SecurityTrax.Scheduling;

/// <summary>
/// The customer's appointment reminder: an Orleans reminder armed for the company's lead time before the start (by the
/// company's wall clock, so "24 hours before" a 9:00 visit is 9:00 the day before across a DST change), re-armed by a
/// move, and at fire time checked against the appointment as it is then, so a cancelled or finished one sends nothing.
/// </summary>
public sealed class AppointmentReminder(Grain grain, IGrainFactory grains, string tenant, long number, Func<AppointmentState> state, TimeProvider time)
{
    public const string Name = "customer-reminder";

    /// <summary>A send that failed for a passing reason is tried again this often, until the appointment starts.</summary>
    public static readonly TimeSpan Every = TimeSpan.FromHours(1);

    // A reminder tick may come a little before its time; closer than this is its time.
    private static readonly TimeSpan Slack = TimeSpan.FromMinutes(1);

    /// <summary>One message per appointment time: firing again sends nothing more, a move to a new time tells the customer again.</summary>
    public static string MessageId(long number, DateTimeOffset start) =>
        string.Create(CultureInfo.InvariantCulture, $"a{number}-{start.ToUnixTimeSeconds()}");

    /// <summary>When the reminder is due, by the company's clock; null when nothing is to be sent.</summary>
    public static DateTimeOffset? DueAt(AppointmentState s, ScheduleSettings settings, TimeZoneInfo zone)
    {
        if (!s.Exists || !AppointmentFlow.CanReschedule(s.Status) || settings.ReminderLeadHours is not { } hours || settings.ReminderTemplateId is null)
        {
            return null;
        }

        var local = WallClock.LocalAt(s.Booking!.Start, zone).AddHours(-hours);
        return WallClock.ToInstant(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local), zone);
    }

    /// <summary>
    /// Before a change is stored: arms the reminder while one is to come. Registered first, so a crash after it leaves a
    /// reminder that checks the appointment when it fires rather than an appointment without one.
    /// </summary>
    public async Task ArmAsync()
    {
        if (!AppointmentFlow.CanReschedule(state().Status))
        {
            return;
        }

        var (settings, zone) = await SettingsAsync();
        var now = time.GetUtcNow();
        if (DueAt(state(), settings, zone) is { } due && due > now)
        {
            await grain.RegisterOrUpdateReminder(Name, due - now < Slack ? Slack : due - now, Every);
        }
    }

    /// <summary>After a change is stored: an ended appointment drops its reminder.</summary>
    public async Task DropIfEndedAsync()
    {
        if (AppointmentFlow.CanReschedule(state().Status))
        {
            return;
        }

        try
        {
            await StopAsync();
        }
        catch (Exception e) when (e is OrleansException or TimeoutException)
        {
            // Harmless when left: at its tick it finds the appointment ended, sends nothing and goes.
        }
    }

    /// <summary>The reminder's tick: sends only if the appointment, as it stands now, still wants it.</summary>
    public async Task FireAsync()
    {
        // A tick has no caller; the message is the company's own.
        CallerContext.Set(Caller.System(tenant));
        var s = state();
        var (settings, zone) = await SettingsAsync();
        var now = time.GetUtcNow();
        if (DueAt(s, settings, zone) is not { } due || now >= s.Booking!.Start)
        {
            await StopAsync();
            return;
        }

        if (due - now > Slack)
        {
            // Moved later, or the lead time shortened, since it was armed.
            await grain.RegisterOrUpdateReminder(Name, due - now, Every);
            return;
        }

        var fields = await AppointmentMergeFields.ForAsync(grains, tenant, s.Booking);
        try
        {
            await grains.GetGrain<IMessageGrain>(GrainKeys.For(tenant, MessageId(number, s.Booking.Start))).SendAsync(new SendMessage(
                s.CustomerId, await ChannelAsync(settings.ReminderTemplateId!.Value), settings.ReminderTemplateId, null, null, null, null, null, null,
                fields, null, RecordInvalidAsFailed: true));
        }
        catch (SecurityTraxException)
        {
            // The template was deleted since the setting was made: nothing can be sent for this appointment.
        }

        await StopAsync();
    }

    private async Task<MessageChannel> ChannelAsync(int templateId) =>
        await MessageComposer.CompanyTemplateAsync(grains.GetGrain<IMessageTemplateGrain>(GrainKeys.For(tenant, IMessageTemplateGrain.Id)), templateId) is { } t
            ? t.Channel
            : throw SecurityTraxException.Invalid("reminderTemplateId", MessageComposer.NoSuchTemplate(templateId));

    private async Task<(ScheduleSettings Settings, TimeZoneInfo Zone)> SettingsAsync()
    {
        var settings = await grains.GetGrain<IScheduleSettingsGrain>(GrainKeys.For(tenant, IScheduleSettingsGrain.Id)).GetAsync();
        var zoneId = (await grains.GetGrain<ITenantSettingsGrain>(GrainKeys.For(tenant, ITenantSettingsGrain.Id)).GetAsync()).TimeZone;
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out var found) ? found : TimeZoneInfo.FindSystemTimeZoneById(TenantSettingsRules.DefaultTimeZone);
        return (settings, zone);
    }

    private async Task StopAsync()
    {
        if (await grain.GetReminder(Name) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }
    }
}
