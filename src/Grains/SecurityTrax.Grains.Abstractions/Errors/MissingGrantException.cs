namespace SecurityTrax.Errors;

/// <summary>A grain refused a call because the caller lacks grants; the gateway answers 403 naming them.</summary>
/// <remarks>Apart from <see cref="SecurityTraxException"/> so no handler of domain outcomes mistakes it for one.</remarks>
[GenerateSerializer, Alias("SecurityTrax.MissingGrantException")]
public sealed class MissingGrantException : Exception
{
    public MissingGrantException(string[] grants)
        : base(grants.Length == 1 ? $"This needs the {grants[0]} grant." : $"This needs the grants {string.Join(", ", grants)}.")
    {
        Grants = grants;
    }

    [Id(0)]
    public string[] Grants { get; }
}
