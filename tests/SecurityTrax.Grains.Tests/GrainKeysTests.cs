namespace SecurityTrax.Grains.Tests;

public sealed class GrainKeysTests
{
    [Fact]
    public void KeyJoinsTenantAndIdWithASlash()
    {
        Assert.Equal("acme/1042", GrainKeys.For("acme", "1042"));
        Assert.Equal(("acme", "1042"), GrainKeys.Parse("acme/1042"));
    }

    [Theory]
    [InlineData("Acme")]
    [InlineData("a")]
    [InlineData("1acme")]
    [InlineData("acme/x")]
    [InlineData("")]
    public void InvalidTenantSlugIsRejected(string tenant)
    {
        Assert.Throws<ArgumentException>(() => GrainKeys.For(tenant, "1"));
    }

    [Theory]
    [InlineData("a+b")]
    [InlineData("a/b")]
    [InlineData(" ")]
    public void IdsThatWouldConfuseTheStorageKeyAreRejected(string id)
    {
        Assert.Throws<ArgumentException>(() => GrainKeys.For("acme", id));
    }

    [Theory]
    [InlineData("nokey")]
    [InlineData("/1")]
    [InlineData("acme/")]
    public void KeysWithoutTenantAndIdDoNotParse(string key)
    {
        Assert.Throws<ArgumentException>(() => GrainKeys.Parse(key));
    }
}
