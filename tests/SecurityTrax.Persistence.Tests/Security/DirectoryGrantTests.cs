using SecurityTrax.Errors;
using SecurityTrax.Identity;
using SecurityTrax.Platform;

namespace SecurityTrax.Persistence.Tests.Security;

/// <summary>
/// The user directory bounds user and role writes by what the acting user holds now: the grants its caller carries that
/// its current role still holds, whatever a client puts in the caller; the System caller holds everything.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class DirectoryGrantTests(PostgresFixture fixture)
{
    private readonly string _tenant = "t" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task ACallerClaimingEveryGrantHoldsOnlyWhatItsRoleHolds()
    {
        var directory = await CompanyAsync();
        AsSystem(); // A request-context value set inside an awaited method does not flow back out.
        var office = await directory.CreateUserAsync(new NewUser("office", "Olive", null, BuiltInRoles.Office, "a-good-password"));
        await directory.UpdateRoleAsync(BuiltInRoles.Office, [.. BuiltInRoles.DefaultGrants(BuiltInRoles.Office), "credit_reports.run", "lead_credit_reports.run", "users.create", "users.modify"], 1);
        var before = (await directory.ListUsersAsync()).Length;

        As(office.Id);
        var admin = await Assert.ThrowsAsync<MissingGrantException>(() => directory.CreateUserAsync(new NewUser("boss2", "Boss", null, BuiltInRoles.Admin, "a-good-password")));
        var role = await Assert.ThrowsAsync<MissingGrantException>(() => directory.CreateRoleAsync("Biller", ["payments.view"]));
        var sales = await directory.CreateUserAsync(new NewUser("sam", "Sam", null, BuiltInRoles.Sales, "a-good-password"));

        Assert.Contains("settings.integrations", admin.Grants);
        Assert.DoesNotContain("users.create", admin.Grants);
        Assert.Equal(["roles.create"], role.Grants);
        Assert.Equal(BuiltInRoles.Sales, sales.Role);
        AsSystem();
        Assert.Equal(before + 1, (await directory.ListUsersAsync()).Length);
    }

    [Fact]
    public async Task ADisabledUsersCallerHoldsNothingAndTheSystemHoldsEverything()
    {
        var directory = await CompanyAsync();
        AsSystem(); // A request-context value set inside an awaited method does not flow back out.
        var other = await directory.CreateUserAsync(new NewUser("other", "Other", null, BuiltInRoles.Admin, "a-good-password"));
        await directory.SetDisabledAsync(other.Id, true, other.Version);

        As(other.Id);
        var refused = await Assert.ThrowsAsync<MissingGrantException>(() => directory.CreateUserAsync(new NewUser("tech", "Ted", null, BuiltInRoles.Technician, "a-good-password")));
        AsSystem();
        var made = await directory.CreateUserAsync(new NewUser("tech", "Ted", null, BuiltInRoles.Technician, "a-good-password"));

        Assert.Contains("users.create", refused.Grants);
        Assert.Equal(BuiltInRoles.Technician, made.Role);
    }

    private async Task<IUserDirectoryGrain> CompanyAsync()
    {
        AsSystem();
        await fixture.Silo.Grains.GetGrain<ITenantRegistryGrain>(ITenantRegistryGrain.Key)
            .CreateTenantAsync(new NewTenant(_tenant, "Test Alarm", new NewUser("boss", "Boss", null, BuiltInRoles.Admin, "a-good-password")));
        return fixture.Silo.Grains.GetGrain<IUserDirectoryGrain>(GrainKeys.For(_tenant, IUserDirectoryGrain.Id));
    }

    private void AsSystem() => CallerContext.Set(Caller.System(_tenant));

    // What a client could send: every grant of the catalogue, whatever the user's role holds.
    private void As(string userId) => CallerContext.Set(new Caller(_tenant, userId, $"user {userId}", ChangeSources.Web, null, null, GrantSet.Of(Grants.All)));
}
