using Orleans.Core.Internal;
using SecurityTrax.Identity;
using SecurityTrax.Platform;

namespace SecurityTrax.Persistence.Tests.Security;

/// <summary>
/// The user directory's session stamp (issue 22 follow-up): raised by every change that ends a user's sessions, stored
/// with the user in PostgreSQL across activations, and carried by each new session for its access token.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class SessionStampTests(PostgresFixture fixture)
{
    private const string Password = "a-good-password";
    private readonly string _tenant = "t" + Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task DisablingChangingTheRoleAndResettingThePasswordEachRaiseTheStampAndNothingElseDoes()
    {
        var (directory, user) = await DirectoryWithUserAsync();
        AsSystem(); // A request-context value set inside an awaited method does not flow back out.
        Assert.Equal(0, await directory.GetSessionStampAsync(user.Id));

        var edited = await directory.UpdateUserAsync(new UserChange(user.Id, "Dana Renamed", null, BuiltInRoles.Office, user.Version));
        Assert.Equal(0, await directory.GetSessionStampAsync(user.Id));
        var reRoled = await directory.UpdateUserAsync(new UserChange(user.Id, "Dana Renamed", null, BuiltInRoles.Technician, edited.Version));
        Assert.Equal(1, await directory.GetSessionStampAsync(user.Id));
        var disabled = await directory.SetDisabledAsync(user.Id, true, reRoled.Version);
        Assert.Equal(2, await directory.GetSessionStampAsync(user.Id));
        var enabled = await directory.SetDisabledAsync(user.Id, false, disabled.Version);
        Assert.Equal(2, await directory.GetSessionStampAsync(user.Id));
        await directory.ResetPasswordAsync(user.Id, "another-good-password", enabled.Version);

        Assert.Equal(3, await directory.GetSessionStampAsync(user.Id));
    }

    [Fact]
    public async Task TheStampIsStoredWithTheUserAndANewSessionCarriesIt()
    {
        var (directory, user) = await DirectoryWithUserAsync();
        AsSystem(); // A request-context value set inside an awaited method does not flow back out.
        var disabled = await directory.SetDisabledAsync(user.Id, true, user.Version);
        await directory.SetDisabledAsync(user.Id, false, disabled.Version);

        await directory.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        Assert.Equal(1, await directory.GetSessionStampAsync(user.Id));
        var signedIn = await directory.SignInAsync(user.UserName, Password);
        Assert.Equal(1, signedIn.Session!.SessionStamp);
    }

    [Fact]
    public async Task ChangingARolesGrantsRaisesTheStampOfItsHoldersOnlyAndTheSameGrantsRaiseNothing()
    {
        var (directory, office) = await DirectoryWithUserAsync();
        AsSystem();
        var role = await directory.CreateRoleAsync("Dispatch", ["customers.view", "tickets.view"]);
        var holder = await directory.CreateUserAsync(new NewUser("hal", "Hal", null, role.Name, Password));
        var other = await directory.CreateUserAsync(new NewUser("ola", "Ola", null, role.Name, Password));

        var same = await directory.UpdateRoleAsync(role.Name, ["tickets.view", "customers.view", "tickets.view"], role.Version);
        Assert.Equal(0, await directory.GetSessionStampAsync(holder.Id));
        await directory.UpdateRoleAsync(role.Name, ["tickets.view"], same.Version);
        await directory.Cast<IGrainManagementExtension>().DeactivateOnIdle();

        Assert.Equal((1, 1, 0), (await directory.GetSessionStampAsync(holder.Id), await directory.GetSessionStampAsync(other.Id), await directory.GetSessionStampAsync(office.Id)));
        var signedIn = await directory.SignInAsync(holder.UserName, Password);
        Assert.Equal(1, signedIn.Session!.SessionStamp);
        Assert.Equal(["tickets.view"], signedIn.Session.Grants);
    }

    [Fact]
    public async Task AnUnknownUserHasTheHighestStamp()
    {
        var (directory, _) = await DirectoryWithUserAsync();
        AsSystem();

        Assert.Equal(int.MaxValue, await directory.GetSessionStampAsync("999"));
    }

    private async Task<(IUserDirectoryGrain Directory, UserDetails User)> DirectoryWithUserAsync()
    {
        AsSystem();
        await fixture.Silo.Grains.GetGrain<ITenantRegistryGrain>(ITenantRegistryGrain.Key)
            .CreateTenantAsync(new NewTenant(_tenant, "Test Alarm", new NewUser("boss", "Boss", null, BuiltInRoles.Admin, Password)));
        var directory = fixture.Silo.Grains.GetGrain<IUserDirectoryGrain>(GrainKeys.For(_tenant, IUserDirectoryGrain.Id));
        var user = await directory.CreateUserAsync(new NewUser("dana", "Dana", null, BuiltInRoles.Office, Password));
        return (directory, user);
    }

    private void AsSystem() => CallerContext.Set(Caller.System(_tenant));
}
