namespace SecurityTrax.Gateway.Tests;

/// <summary>Test classes that act as the tenant's admin get a signed-in client per test.</summary>
public abstract class AdminSession(GatewayFixture fixture) : IAsyncLifetime
{
    protected GatewayFixture Fixture { get; } = fixture;

    protected HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync() => Admin = await Fixture.SignInAsAdminAsync();

    public Task DisposeAsync()
    {
        Admin.Dispose();
        return Task.CompletedTask;
    }
}
