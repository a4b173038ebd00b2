using SecurityTrax.Identity;
using SecurityTrax.Scheduling;
using SecurityTrax.Silo.Database;

namespace SecurityTrax.Persistence.Tests.Scheduling;

/// <summary>
/// Migration 0019 against grain state the real silo stored: technicians missing from the technician list come back (with
/// their hours) once, and built-in Sales roles get the recurring grants matching their invoice grants.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class ReleaseMigrationTests(PostgresFixture fixture)
{
    private const string Script = "0019_technician_hours_backfill_sales_recurring.sql";

    private static readonly WorkingHours MondayHours = new(DayOfWeek.Monday, new TimeOnly(6, 30), new TimeOnly(15, 0));

    [Fact]
    public async Task ATechnicianMissingFromTheListIsBackOnceWithTheirHoursAndOnTheCompanysDay()
    {
        var (tenant, directory) = await CompanyAsync();
        Act(tenant);
        var tom = await directory.CreateUserAsync(new NewUser("tom", "Tom Tech", null, BuiltInRoles.Technician, "a-long-test-password-1"));
        var ann = await directory.CreateUserAsync(new NewUser("ann", "Ann Field", null, BuiltInRoles.Technician, "a-long-test-password-2"));
        var tomsRecord = Grain<ITechnicianGrain>(tenant, CalendarKeys.Technician(tom.Id));
        await tomsRecord.SetAsync(new TechnicianInput([], null, [MondayHours]), null);
        await tomsRecord.SetAsync(new TechnicianInput(["cameras"], null, [MondayHours]), 1);
        await Grain<ITechnicianGrain>(tenant, CalendarKeys.Technician(ann.Id)).SetAsync(new TechnicianInput([], null, []), null);
        // Tom as if made before the list existed; Ann's row as the grain wrote it.
        await fixture.Database.ExecuteAsync($"DELETE FROM technician_list WHERE tenant_id = '{tenant}' AND user_id = '{tom.Id}'");

        await RunScriptAsync();
        await RunScriptAsync();

        Assert.Equal(
            [$"{ann.Id} | Ann Field | 1 | []", $"{tom.Id} | Tom Tech | 2 | [{{\"Day\": 1, \"End\": \"15:00:00\", \"Start\": \"06:30:00\"}}]"],
            await fixture.Database.RowsAsync(
                $"SELECT user_id, name, version, working_hours::text FROM technician_list WHERE tenant_id = '{tenant}' ORDER BY name"));
        var monday = await Grain<IAppointmentQueryGrain>(tenant, IAppointmentQueryGrain.Id)
            .CompanyDayAsync(new DateOnly(2027, 3, 1), null, new AppointmentFilter(null, null));
        Assert.Equal(["Ann Field: ", "Tom Tech: 06:30–15:00"], monday.Technicians.Select(Hours));
        var tuesday = await Grain<IAppointmentQueryGrain>(tenant, IAppointmentQueryGrain.Id)
            .CompanyDayAsync(new DateOnly(2027, 3, 2), null, new AppointmentFilter(null, null));
        Assert.Equal(["Ann Field: ", "Tom Tech: "], tuesday.Technicians.Select(Hours));
    }

    [Fact]
    public async Task SalesGetsTheRecurringGrantsOfTheInvoiceGrantsItHoldsAndAStaleActivationCannotUndoIt()
    {
        var (viewOnly, viewOnlyDirectory) = await CompanyAsync();
        var (full, fullDirectory) = await CompanyAsync();
        Act(full);
        var before = (await fullDirectory.ListRolesAsync()).Single(r => r.Name == BuiltInRoles.Sales);
        string[] withoutRecurring = [.. before.Grants.Where(g => !g.StartsWith("recurring_invoices.", StringComparison.Ordinal))];
        await fullDirectory.UpdateRoleAsync(BuiltInRoles.Sales, withoutRecurring, before.Version);
        Act(viewOnly);
        await viewOnlyDirectory.UpdateRoleAsync(
            BuiltInRoles.Sales, [.. withoutRecurring.Where(g => g is not ("invoices.create" or "invoices.modify"))], before.Version);

        await RunScriptAsync();
        await RunScriptAsync();

        // The activations still hold the state from before the script: their next write is refused and they reload.
        Act(full);
        await Assert.ThrowsAnyAsync<Exception>(() => fullDirectory.CreateRoleAsync("Dispatch", ["schedule.view"]));
        var sales = (await fullDirectory.ListRolesAsync()).Single(r => r.Name == BuiltInRoles.Sales);
        Assert.Equal(
            [.. withoutRecurring.Concat(["recurring_invoices.create", "recurring_invoices.modify", "recurring_invoices.view"]).Order(StringComparer.Ordinal)],
            sales.Grants);
        Assert.Equal(before.Version + 2, sales.Version);
        Assert.Equal([.. BuiltInRoles.DefaultGrants(BuiltInRoles.Sales)], sales.Grants);

        Act(viewOnly);
        await Assert.ThrowsAnyAsync<Exception>(() => viewOnlyDirectory.CreateRoleAsync("Dispatch", ["schedule.view"]));
        var narrow = (await viewOnlyDirectory.ListRolesAsync()).Single(r => r.Name == BuiltInRoles.Sales);
        Assert.Equal(["invoices.view", "recurring_invoices.view"], narrow.Grants.Where(g => g.Contains("invoices.", StringComparison.Ordinal)));
        // Other roles are as they were: Office already held every recurring grant.
        var office = (await viewOnlyDirectory.ListRolesAsync()).Single(r => r.Name == BuiltInRoles.Office);
        Assert.Equal([.. BuiltInRoles.DefaultGrants(BuiltInRoles.Office)], office.Grants);
    }

    private static string Hours(TechnicianDay day) =>
        $"{day.Name}: {string.Join(", ", (day.WorkingHours ?? []).Select(h => $"{h.Start:HH\\:mm}–{h.End:HH\\:mm}"))}";

    private async Task RunScriptAsync()
    {
        var assembly = typeof(DatabaseMigrator).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(Script, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
        await fixture.Database.ExecuteAsync(await reader.ReadToEndAsync());
    }

    private async Task<(string Tenant, IUserDirectoryGrain Directory)> CompanyAsync()
    {
        var tenant = "t" + Guid.NewGuid().ToString("N")[..10];
        var directory = Grain<IUserDirectoryGrain>(tenant, IUserDirectoryGrain.Id);
        await directory.InitializeAsync(new NewUser("admin", "Administrator", null, BuiltInRoles.Admin, "a-long-test-password-0"));
        return (tenant, directory);
    }

    private T Grain<T>(string tenant, string id)
        where T : IGrainWithStringKey
    {
        Act(tenant);
        return fixture.Silo.Grains.GetGrain<T>(GrainKeys.For(tenant, id));
    }

    private static void Act(string tenant) => CallerContext.Set(Caller.System(tenant));
}
