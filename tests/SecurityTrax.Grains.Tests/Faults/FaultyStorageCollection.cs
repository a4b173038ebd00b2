namespace SecurityTrax.Grains.Tests.Faults;

[CollectionDefinition(Name)]
public sealed class FaultyStorageCollection : ICollectionFixture<FaultyStorageFixture>
{
    public const string Name = "faulty-storage";
}
