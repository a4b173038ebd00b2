namespace SecurityTrax.RecurringInvoices;

/// <summary>The one reminder of a recurring invoice.</summary>
public static class RecurringReminder
{
    public const string ReminderName = "recurring-invoice";

    /// <summary>
    /// Hourly from the first occurrence's instant: every later 02:00 local time is a whole number of hours away (DST
    /// moves by whole hours), so each occurrence is made on its tick, without writing the reminder again; after an
    /// outage the next tick comes within the hour.
    /// </summary>
    public static readonly TimeSpan ReminderPeriod = TimeSpan.FromHours(1);

    /// <summary>Registers the reminder on the hourly grid that starts at <paramref name="first"/>, the first occurrence's instant.</summary>
    public static Task StartAsync(Grain grain, DateTimeOffset first, DateTimeOffset now)
    {
        var due = first > now ? first - now : ReminderPeriod - TimeSpan.FromTicks((now - first).Ticks % ReminderPeriod.Ticks);
        return grain.RegisterOrUpdateReminder(ReminderName, due, ReminderPeriod);
    }

    public static async Task StopAsync(Grain grain)
    {
        if (await grain.GetReminder(ReminderName) is { } reminder)
        {
            await grain.UnregisterReminder(reminder);
        }
    }
}
