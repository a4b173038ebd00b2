using SecurityTrax.Catalog;
using SecurityTrax.Errors;

namespace SecurityTrax.Grains.Tests.Catalog;

public sealed class NamedTypeListTests
{
    private static readonly NamedTypeList Folded = new("A widget", "widgets", lowerCase: true);
    private static readonly NamedTypeList Kept = new("A gadget", "gadgets", lowerCase: false);

    [Fact]
    public void ANewNameIsAddedWithItsSpacesCollapsedAndItsCaseAsTheListKeepsIt()
    {
        Assert.Equal("big red", Folded.ToAdd(["small"], "  Big   RED "));
        Assert.Equal("Big RED", Kept.ToAdd(["small"], "  Big   RED "));
    }

    [Fact]
    public void ANameListedAlreadyIsNotAddedAgain()
    {
        Assert.Null(Folded.ToAdd(["big red"], "BIG red"));
        Assert.Null(Kept.ToAdd(["Big Red"], "big RED"));
    }

    [Fact]
    public void AFoldedListComparesAsKept()
    {
        // A stored name that is not in lower case (none is, but the comparison says how the list reads) does not match.
        Assert.Equal("big red", Folded.ToAdd(["Big Red"], "big red"));
    }

    [Fact]
    public void AFullListRefusesANewNameButStillAnswersAListedOne()
    {
        var full = Enumerable.Range(1, NamedTypeList.MaxTypes).Select(i => $"n{i}").ToArray();

        var e = Assert.Throws<SecurityTraxException>(() => Kept.ToAdd(full, "one more"));

        Assert.Equal(("name", "At most 50 gadgets."), (Assert.Single(e.Fields).Field, e.Fields[0].Reason));
        Assert.Null(Kept.ToAdd(full, "N50"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("a\u0007b")]
    [InlineData("12345678901234567890123456789012345678901")]
    public void ABadNameIsRefusedNamingTheField(string? name)
    {
        var e = Assert.Throws<SecurityTraxException>(() => Folded.ToAdd([], name));

        Assert.Equal((ErrorKind.Validation, "name", "A widget has 1–40 printable characters."), (e.Kind, Assert.Single(e.Fields).Field, e.Fields[0].Reason));
    }

    [Fact]
    public void ANameResolvesToItsListedSpellingWhateverItsCase()
    {
        Assert.Equal("Site Visit", NamedTypeList.Resolve(["General", "Site Visit"], " site VISIT "));
        Assert.Null(NamedTypeList.Resolve(["General"], "Gossip"));
        Assert.Null(NamedTypeList.Resolve(["General"], null));
    }
}
