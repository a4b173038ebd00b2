namespace SecurityTrax.Files;

/// <summary>Room for one upload; it lapses at <see cref="ExpiresAt"/> unless committed.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.FileReservation")]
public sealed record FileReservation(
    [property: Id(0)] Guid BlobId,
    [property: Id(1)] long MaxBytes,
    [property: Id(2)] DateTimeOffset ExpiresAt);
