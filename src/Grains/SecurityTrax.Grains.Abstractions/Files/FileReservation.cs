namespace SecurityTrax.Files;

/// <summary>Room for one upload; it lapses at <see cref="ExpiresAt"/> unless committed.</summary>
/// <param name="KeepImageLocation">The company keeps GPS data in photos; otherwise the gateway strips it while storing.</param>
[GenerateSerializer, Immutable, Alias("SecurityTrax.FileReservation")]
public sealed record FileReservation(
    [property: Id(0)] Guid BlobId,
    [property: Id(1)] long MaxBytes,
    [property: Id(2)] DateTimeOffset ExpiresAt,
    [property: Id(3)] bool KeepImageLocation = false);
