using SecurityTrax.Gateway.Tests;

namespace SecurityTrax.ApiClient.Tests;

/// <summary>One real system (PostgreSQL, silo, gateway) for this assembly's tests, hosted as the gateway tests host it.</summary>
[CollectionDefinition(Name)]
public sealed class ApiClientCollection : ICollectionFixture<GatewayFixture>
{
    public const string Name = "api-client";
}
