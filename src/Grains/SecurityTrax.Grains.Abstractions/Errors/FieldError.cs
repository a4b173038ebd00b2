namespace SecurityTrax.Errors;

/// <summary>One rejected input: the field (camelCase, as in the HTTP body) and why it was rejected.</summary>
[GenerateSerializer, Immutable, Alias("SecurityTrax.FieldError")]
public sealed record FieldError([property: Id(0)] string Field, [property: Id(1)] string Reason);
