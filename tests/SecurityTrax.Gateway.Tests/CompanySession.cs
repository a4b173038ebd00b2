namespace SecurityTrax.Gateway.Tests;

/// <summary>Test classes whose settings are company-wide get a company of their own per test, signed in as its admin.</summary>
public abstract class CompanySession(GatewayFixture fixture) : IAsyncLifetime
{
    public const string Password = "company-admin-password";

    protected GatewayFixture Fixture { get; } = fixture;

    protected string Tenant { get; private set; } = "";

    protected HttpClient Admin { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Tenant = await Fixture.CreateTenantAsync(Password);
        Admin = await Fixture.SignInAsync(Tenant, "admin", Password);
    }

    public Task DisposeAsync()
    {
        Admin.Dispose();
        return Task.CompletedTask;
    }
}
