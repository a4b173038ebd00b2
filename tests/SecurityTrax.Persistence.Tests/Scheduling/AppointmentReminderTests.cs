using System.Globalization;
using SecurityTrax.Messages;
using SecurityTrax.Persistence.Tests.Invoices;
using SecurityTrax.Persistence.Tests.RecurringInvoices;
using SecurityTrax.Scheduling;

namespace SecurityTrax.Persistence.Tests.Scheduling;

/// <summary>Customer appointment reminders through real Orleans reminders in PostgreSQL, on a fake clock.</summary>
[Collection(PostgresCollection.Name)]
public sealed class AppointmentReminderTests(PostgresFixture fixture)
{
    // Denver's clocks go forward at 2:00 on Sunday 14 March 2027: a 9:00 visit that morning is 15:00Z (UTC−6).
    private static readonly DateTimeOffset SundayNine = new(2027, 3, 14, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task TheReminderGoesByTheCompanysClockTheDayBeforeAcrossTheDstChangeAndOnlyOnce()
    {
        var billing = new RecurringBilling(fixture);
        await using var silo = await billing.StartSiloAsync();
        var (s, customer) = await CompanyAsync(silo.Grains);
        var appointment = await BookAsync(silo.Grains, s, 1, customer, SundayNine);

        // 24 hours before by the wall clock: Saturday 9:00 MST, 16:00Z, not 15:00Z (24 elapsed hours).
        Assert.Equal(["2027-03-13T16:00 3600000"], await RemindersAsync(billing, s.Tenant, 1));
        billing.MoveTo(new DateTimeOffset(2027, 3, 13, 16, 0, 0, TimeSpan.Zero));
        await billing.StepUntilAsync(async () => (await MessagesAsync(s.Tenant, customer)).Count == 1);
        await billing.StepUntilAsync(async () => (await RemindersAsync(billing, s.Tenant, 1)).Count == 0);
        // A tick that comes again (a retry, a second activation) finds the message sent under the same id.
        s.Act();
        await appointment.AsReference<IRemindable>().ReceiveReminder(AppointmentReminder.Name, default);

        var sent = Assert.Single(await MessagesAsync(s.Tenant, customer));
        Assert.Equal($"{AppointmentReminder.MessageId(1, SundayNine)} sent service on Sunday, March 14, 2027 at 9:00\u202fAM (9:00\u202fAM – 10:00\u202fAM)", sent);
        Assert.Empty(await RemindersAsync(billing, s.Tenant, 1));
    }

    [Fact]
    public async Task MovingReArmsTheReminderAndCancellingDropsItSoALateTickSendsNothing()
    {
        var billing = new RecurringBilling(fixture);
        await using var silo = await billing.StartSiloAsync();
        var (s, customer) = await CompanyAsync(silo.Grains);
        var moved = await BookAsync(silo.Grains, s, 2, customer, SundayNine);
        var cancelled = await BookAsync(silo.Grains, s, 3, customer, SundayNine.AddHours(3));

        s.Act();
        await moved.RescheduleAsync(Input(SundayNine.AddDays(1)), 1, null);
        s.Act();
        await cancelled.SetStatusAsync(AppointmentStatus.Cancelled, "Customer away.", 1);

        Assert.Equal(["2027-03-14T15:00 3600000"], await RemindersAsync(billing, s.Tenant, 2));
        Assert.Empty(await RemindersAsync(billing, s.Tenant, 3));
        // A tick already on its way when the cancel was stored checks the appointment first.
        billing.MoveTo(SundayNine.AddHours(-21));
        s.Act();
        await cancelled.AsReference<IRemindable>().ReceiveReminder(AppointmentReminder.Name, default);
        Assert.Empty(await MessagesAsync(s.Tenant, customer));
    }

    private static async Task<(BillingScenario Scenario, long Customer)> CompanyAsync(IGrainFactory grains)
    {
        var s = await BillingScenario.StartAsync(grains);
        var customer = await s.CustomerAsync(1001, change: p => p with { Email = "ann@example.com" });
        s.Act();
        var template = await grains.GetGrain<IMessageTemplateGrain>(GrainKeys.For(s.Tenant, IMessageTemplateGrain.Id)).CreateAsync(new TemplateInput(
            "Reminder", MessageChannel.Email, "{{ appointment.type }} on {{ appointment.date }} at {{ appointment.time }} ({{ appointment.window }})",
            "<p>See you at {{ appointment.address }}.</p>", null, true));
        s.Act();
        await grains.GetGrain<IScheduleSettingsGrain>(GrainKeys.For(s.Tenant, IScheduleSettingsGrain.Id)).SetAsync(new ScheduleSettings(24, template.Id, 0), 0);
        return (s, customer);
    }

    private static async Task<IAppointmentGrain> BookAsync(IGrainFactory grains, BillingScenario s, long number, long customer, DateTimeOffset start)
    {
        s.Act();
        var appointment = grains.GetGrain<IAppointmentGrain>(GrainKeys.For(s.Tenant, CalendarKeys.Appointment(number)));
        var booked = await appointment.CreateAsync(customer, Input(start), null);
        Assert.Empty(booked.Clashes);
        return appointment;
    }

    private static AppointmentInput Input(DateTimeOffset start) => new("service", start, start.AddHours(1), false, [], null, null, null, []);

    private Task<List<string>> MessagesAsync(string tenant, long customer) =>
        fixture.Database.RowsAsync(string.Create(CultureInfo.InvariantCulture, $"""
            SELECT message_id || ' ' || status || ' ' || coalesce(subject, '') FROM message_list
            WHERE tenant_id = '{tenant}' AND customer_id = {customer} ORDER BY message_id
            """));

    private Task<List<string>> RemindersAsync(RecurringBilling billing, string tenant, long appointment) =>
        fixture.Database.RowsAsync(string.Create(CultureInfo.InvariantCulture, $"""
            SELECT to_char(starttime AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI') || ' ' || period FROM orleansreminders
            WHERE serviceid = '{billing.ServiceId}' AND grainid LIKE '%{tenant}/appointment-{appointment}'
            """));
}
