using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using SecurityTrax.Identity;

namespace SecurityTrax.Grains.Tests.Security;

/// <summary>The grants a caller carries: whole names only, and one short value on the wire.</summary>
public sealed class GrantSetTests
{
    [Fact]
    public void OnlyWholeGrantNamesAreHeld()
    {
        var held = GrantSet.Of(["payments.refund", "customers.view", "payments.charge"]);

        Assert.Equal("customers.view payments.charge payments.refund", held.Joined);
        Assert.True(held.Contains("payments.charge"));
        Assert.True(held.Contains("customers.view"));
        Assert.True(held.Contains("payments.refund"));
        Assert.False(held.Contains("payments"));
        Assert.False(held.Contains("charge"));
        Assert.False(held.Contains("ments.charge"));
        Assert.False(held.Contains("charge payments"));
        Assert.False(held.Contains("customers.views"));
        Assert.False(held.Contains(""));
        Assert.False(GrantSet.None.Contains("customers.view"));
    }

    [Fact]
    public void ANameWithASpaceOrNoNameIsNotAGrant()
    {
        Assert.Throws<ArgumentException>(() => GrantSet.Of(["customers.view payments.charge"]));
        Assert.Throws<ArgumentException>(() => GrantSet.Of([""]));
    }

    [Fact]
    public void ACallerKeepsItsGrantsThroughOrleansSerializationInOneShortValue()
    {
        var serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
        var admin = new Caller("acme", "7", "Ann Admin", ChangeSources.Web, "127.0.0.1", "trace-1", GrantSet.Of(Grants.All));

        var bytes = serializer.SerializeToArray(admin);
        var read = Assert.IsType<Caller>(serializer.Deserialize<Caller>(bytes));

        Assert.Equal(admin, read);
        Assert.All(Grants.All, g => Assert.True(read.Holds(g), g));
        Assert.False(read.Holds("no.such.grant"));
        // Every grant name once, plus a few bytes of framing: no per-grant overhead beyond the separating space.
        var names = Grants.All.Sum(g => g.Length + 1);
        Assert.InRange(bytes.Length, names, names + 120);
    }
}
