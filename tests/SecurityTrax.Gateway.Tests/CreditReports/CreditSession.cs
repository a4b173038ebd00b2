namespace SecurityTrax.Gateway.Tests.CreditReports;

/// <summary>Credit report tests each get a company of their own (limits and bands are company-wide) with the sandbox bureau approved, signed in as its admin.</summary>
public abstract class CreditSession(GatewayFixture fixture) : IAsyncLifetime
{
    public const string Password = "credit-admin-password";

    protected GatewayFixture Fixture { get; } = fixture;

    protected string Tenant { get; private set; } = "";

    protected HttpClient Admin { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Tenant = await Fixture.CreateTenantAsync(Password);
        Admin = await Fixture.SignInAsync(Tenant, "admin", Password);
        await new BureauOperator(Fixture).ApproveAsync(Admin, Tenant, "sandbox");
    }

    public Task DisposeAsync()
    {
        Admin.Dispose();
        return Task.CompletedTask;
    }
}
