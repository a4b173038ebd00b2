namespace SecurityTrax.Platform;

/// <summary>A silo's service and cluster ids and the installation id written in its database by the migrations.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.InstallationIdentity")]
public sealed record InstallationIdentity(
    [property: Id(0)] string ServiceId,
    [property: Id(1)] string ClusterId,
    [property: Id(2)] Guid InstallationId);
