using SecurityTrax.Identity;

namespace SecurityTrax.Grains.Tests.Security;

/// <summary>
/// The user directory's session stamp (issue 22 follow-up): raised by every change that ends a user's sessions, kept
/// with the user across activations, and carried by each new session for its access token.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SessionStampTests(ClusterFixture fixture)
{
    private const string Password = "a-good-password";

    [Fact]
    public async Task DisablingChangingTheRoleAndResettingThePasswordEachRaiseTheStampAndNothingElseDoes()
    {
        var (directory, user) = await DirectoryWithUserAsync();
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
        var disabled = await directory.SetDisabledAsync(user.Id, true, user.Version);
        await directory.SetDisabledAsync(user.Id, false, disabled.Version);

        await fixture.Cluster.DeactivateAsync(directory);

        Assert.Equal(1, await directory.GetSessionStampAsync(user.Id));
        var signedIn = await directory.SignInAsync(user.UserName, Password);
        Assert.Equal(1, signedIn.Session!.SessionStamp);
    }

    [Fact]
    public async Task AnUnknownUserHasTheHighestStamp()
    {
        var (directory, _) = await DirectoryWithUserAsync();

        Assert.Equal(int.MaxValue, await directory.GetSessionStampAsync("999"));
    }

    private async Task<(IUserDirectoryGrain Directory, UserDetails User)> DirectoryWithUserAsync()
    {
        var directory = fixture.Grains.GetGrain<IUserDirectoryGrain>(GrainKeys.For(ClusterFixture.NewTenant(), IUserDirectoryGrain.Id));
        await directory.InitializeAsync(new NewUser("admin", "Admin", null, BuiltInRoles.Admin, Password));
        var user = await directory.CreateUserAsync(new NewUser("dana", "Dana", null, BuiltInRoles.Office, Password));
        return (directory, user);
    }
}
