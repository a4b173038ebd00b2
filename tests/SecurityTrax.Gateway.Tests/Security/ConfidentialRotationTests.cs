using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using SecurityTrax.Testing;

namespace SecurityTrax.Gateway.Tests.Security;

/// <summary>
/// Key rotation end to end on PostgreSQL: a new key in <c>Encryption:Keys</c> is rewritten into every stored value by
/// the start-up pass, after which the old key can go; and an SSN copied to another customer's row does not open there.
/// </summary>
public sealed class ConfidentialRotationTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>A sealed value not yet under the new key: v1, or v2 under the first key ("0").</summary>
    private static readonly Regex StaleValue = new("\"(v1:|v2:0:)", RegexOptions.CultureInvariant);

    [Fact]
    public async Task ANewKeyIsRewrittenIntoEveryStoredValueTheOldKeyCanGoAndACopiedValueDoesNotOpen()
    {
        await using var system = await PrivateSystem.StartAsync();
        var first = system.StartGateway();
        long a, b;
        using (var admin = await PrivateSystem.SignInAsync(first))
        {
            a = await CustomerAsync(admin, "Ann", "123-45-6789");
            b = await CustomerAsync(admin, "Ben", "321-54-9876");
        }

        var aSsn = Sealed(await RowAsync(system, a), "0");
        var bSsn = Sealed(await RowAsync(system, b), "0");
        await system.KillSiloAsync();
        // Ann's sealed SSN copied over Ben's, as someone with the database but not the key could.
        await system.Database.ExecuteAsync($"""
            UPDATE orleansstorage SET payloadbinary = convert_to(replace(convert_from(payloadbinary, 'UTF8'), '{bSsn}', '{aSsn}'), 'UTF8')
            WHERE graintypestring = 'customer' AND grainidextensionstring = '{PrivateSystem.Tenant}/{b}'
            """);
        var newKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await system.StartSiloAsync(new Dictionary<string, string?> { ["Encryption:Keys:0:Id"] = "k1", ["Encryption:Keys:0:Key"] = newKey });
        var second = system.StartGateway();
        using (var admin = await PrivateSystem.SignInAsync(second))
        {
            Assert.Equal("123-45-6789", (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{a}")).GetProperty("ssn").GetString());
            var copied = await admin.GetAsync($"/api/v1/customers/{b}");
            var problem = await copied.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(HttpStatusCode.Conflict, copied.StatusCode);
            Assert.Equal("urn:securitytrax:problem:conflict", problem.GetProperty("type").GetString());
            Assert.Contains($"ssn of customer/{b}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }

        var rewritten = await EventuallyAsync(() => RowAsync(system, a), row => !StaleValue.IsMatch(row));
        Assert.Matches("v2:k1:", rewritten);
        await system.KillSiloAsync();
        await system.StartSiloAsync(new Dictionary<string, string?>
        {
            ["Encryption:Key"] = "", ["Encryption:Keys:0:Id"] = "k1", ["Encryption:Keys:0:Key"] = newKey,
        });
        var third = system.StartGateway();
        using (var admin = await PrivateSystem.SignInAsync(third))
        {
            Assert.Equal("123-45-6789", (await admin.GetFromJsonAsync<JsonElement>($"/api/v1/customers/{a}")).GetProperty("ssn").GetString());
        }
    }

    private static async Task<long> CustomerAsync(HttpClient admin, string firstName, string ssn)
    {
        var created = await admin.PostAsJsonAsync("/api/v1/customers", new { firstName, lastName = "Rotation", ssn });
        created.EnsureSuccessStatusCode();
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }

    private static async Task<string> RowAsync(PrivateSystem system, long customer) => (await system.Database.ScalarAsync<string>(
        "SELECT convert_from(payloadbinary, 'UTF8') FROM orleansstorage WHERE graintypestring = 'customer' AND grainidextensionstring = @key",
        ("key", $"{PrivateSystem.Tenant}/{customer}")))!;

    /// <summary>The one sealed value (the SSN) of a customer's stored state, under key <paramref name="keyId"/>.</summary>
    private static string Sealed(string row, string keyId) =>
        Assert.Single(Regex.Matches(row, $"v2:{keyId}:[^\"]+")).Value;

    private static async Task<string> EventuallyAsync(Func<Task<string>> read, Func<string, bool> done)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(200);
        }
    }
}
