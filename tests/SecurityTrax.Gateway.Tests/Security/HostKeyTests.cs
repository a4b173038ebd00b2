using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using SecurityTrax.Gateway.Auth;
using SecurityTrax.Silo.Hosting;
using SecurityTrax.Testing;

namespace SecurityTrax.Gateway.Tests.Security;

/// <summary>The gateway and the silo refuse to start without a good key (issue 22, point 4). Each is given a cluster id and certificates, so the key is the one thing refused.</summary>
public sealed class HostKeyTests
{
    private const string PublishedSigningKey = "+fu7dZLW3a6ggstqgyDlKvzWtwzlO19WWHxrxKr6pQE=";
    private const string PublishedEncryptionKey = "ZGV2LW9ubHktZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM=";

    public static TheoryData<string?, string> BadKeys => new()
    {
        { null, "is required" },
        { "not base64!", "must be base64" },
        { Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)), "decodes to 16 bytes" },
        { Convert.ToBase64String(Encoding.ASCII.GetBytes("a-memorable-passphrase-of-32-chr")), "readable text" },
    };

    [Theory]
    [MemberData(nameof(BadKeys))]
    public void GatewayRefusesToStartWithABadSigningKey(string? key, string reason)
    {
        var problem = GatewayStartProblem(key);

        Assert.Contains("Auth:SigningKey", problem, StringComparison.Ordinal);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void GatewayRefusesToStartWithAPublishedSigningKey()
    {
        Assert.Contains("published", GatewayStartProblem(PublishedSigningKey), StringComparison.Ordinal);
    }

    [Fact]
    public void GatewayTakesAPublishedKeyOnlyWithTheDevelopmentSwitch()
    {
        // Validated without starting: a started gateway would go on to look for its cluster.
        var development = new ConfigurationBuilder().AddInMemoryCollection([new("Secrets:AllowDevelopmentKeys", "true")]).Build();
        var validator = new SigningKeyValidator(development);

        Assert.True(validator.Validate(null, new AuthOptions { SigningKey = PublishedSigningKey }).Succeeded);
        Assert.False(validator.Validate(null, new AuthOptions { SigningKey = "" }).Succeeded);
        Assert.Contains("is required", GatewayStartProblem(null, allowDevelopment: true), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadKeys))]
    [InlineData(PublishedEncryptionKey, "published")]
    [InlineData("c2VjdXJpdHl0cmF4LXRlc3QtZW5jcnlwdGlvbi1rZXk=", "published")]
    public void SiloRefusesToStartWithABadEncryptionKey(string? key, string reason)
    {
        var problem = Assert.Throws<InvalidOperationException>(() => BuildSilo(key, allowDevelopment: false)).Message;

        Assert.Contains("Encryption:Key", problem, StringComparison.Ordinal);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void SiloRefusesAKeyLongerThan32Bytes()
    {
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

        Assert.Contains("exactly 32", Assert.Throws<InvalidOperationException>(() => BuildSilo(key, allowDevelopment: false)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SiloTakesAPublishedKeyOnlyWithTheDevelopmentSwitch()
    {
        BuildSilo(PublishedEncryptionKey, allowDevelopment: true);
        BuildSilo(Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), allowDevelopment: false);
    }

    /// <summary>Starts a gateway and returns why it refused to start, or null when it started.</summary>
    private static string? GatewayStartProblem(string? signingKey, bool allowDevelopment = false)
    {
        using var gateway = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Auth:SigningKey", signingKey ?? "");
            web.UseSetting("Secrets:AllowDevelopmentKeys", allowDevelopment ? "true" : null);
            // A port nobody listens on: the check comes before the Orleans client connects.
            web.UseSetting("Cluster:Membership", "Localhost");
            web.UseSetting("Cluster:GatewayPort", FreePorts.Next().ToString(System.Globalization.CultureInfo.InvariantCulture));
            // Everything else a gateway needs is there, so the key is the one thing refused.
            web.UseSetting("Cluster:ClusterId", "host-key-test");
            web.UseSetting("ConnectionStrings:Runtime", "Host=127.0.0.1;Username=runtime;Password=unused");
            web.UseTestCertificates();
        });
        try
        {
            _ = gateway.Server;
            return null;
        }
        catch (Exception e)
        {
            return string.Join(" | ", Messages(e));
        }
    }

    private static IEnumerable<string> Messages(Exception e) => e switch
    {
        AggregateException a => a.InnerExceptions.SelectMany(Messages),
        { InnerException: { } inner } => [e.Message, .. Messages(inner)],
        _ => [e.Message],
    };

    private static void BuildSilo(string? key, bool allowDevelopment)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Owner"] = "Host=127.0.0.1;Username=owner;Password=unused",
            ["ConnectionStrings:Runtime"] = "Host=127.0.0.1;Username=runtime;Password=unused",
            ["Encryption:Key"] = key,
            ["Secrets:AllowDevelopmentKeys"] = allowDevelopment ? "true" : null,
            ["Cluster:ClusterId"] = "host-key-test",
        });
        builder.Configuration.AddInMemoryCollection(TestCertificates.Silo);
        builder.AddSecurityTraxSilo();
    }
}
