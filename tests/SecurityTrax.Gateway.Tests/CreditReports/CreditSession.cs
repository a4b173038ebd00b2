namespace SecurityTrax.Gateway.Tests.CreditReports;

/// <summary>Credit report tests each get a company of their own (limits and bands are company-wide) with the sandbox bureau approved, signed in as its admin.</summary>
public abstract class CreditSession(GatewayFixture fixture) : CompanySession(fixture)
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await new BureauOperator(Fixture).ApproveAsync(Admin, Tenant, "sandbox");
    }
}
