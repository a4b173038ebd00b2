namespace SecurityTrax.Security;

/// <summary>
/// Start-up checks shared by the gateway and the silo: a key must be there, be base64 of enough bytes, look random,
/// and never be a value that was published with the source (old compose defaults, examples, test constants).
/// </summary>
public static class SecretKeys
{
    /// <summary>Set to <c>true</c> to accept published or text-like keys on a developer's machine; never in production.</summary>
    public const string AllowDevelopmentKeysSetting = "Secrets:AllowDevelopmentKeys";

    /// <summary>How a README or an error message tells an operator to make a key.</summary>
    public const string GenerateHint = "generate one with `openssl rand -base64 32`";

    // Every key value that ever appeared in the repository. Anyone can read them, so no deployment may sign or
    // encrypt with them. Add a value here whenever one is published by mistake.
    private static readonly string[] Published =
    [
        "+fu7dZLW3a6ggstqgyDlKvzWtwzlO19WWHxrxKr6pQE=", // compose default, Auth__SigningKey
        "ZGV2LW9ubHktZW5jcnlwdGlvbi1rZXktMzItYnl0ZXM=", // compose default, Encryption__Key
        "c2VjdXJpdHl0cmF4LXRlc3QtZW5jcnlwdGlvbi1rZXk=", // former test constant, Encryption:Key
    ];

    /// <summary>Why <paramref name="value"/> cannot be the key named <paramref name="setting"/>; null when it can.</summary>
    /// <param name="exactBytes">True when the key must be exactly <paramref name="minBytes"/> long, not at least.</param>
    public static string? Problem(string setting, string? value, int minBytes, bool exactBytes, bool allowDevelopment)
    {
        var variable = setting.Replace(":", "__", StringComparison.Ordinal);
        var size = exactBytes ? $"exactly {minBytes}" : $"at least {minBytes}";
        if (string.IsNullOrWhiteSpace(value))
        {
            return $"{setting} is required (environment variable {variable}): base64 of {size} random bytes; {GenerateHint}.";
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(value);
        }
        catch (FormatException)
        {
            return $"{setting} must be base64 of {size} random bytes; {GenerateHint}.";
        }

        if (bytes.Length < minBytes || (exactBytes && bytes.Length != minBytes))
        {
            return $"{setting} decodes to {bytes.Length} bytes; it must be {size}; {GenerateHint}.";
        }

        if (allowDevelopment)
        {
            return null;
        }

        if (Published.Any(p => Convert.FromBase64String(p).AsSpan().SequenceEqual(bytes)))
        {
            return $"{setting} is a development key published with the source code; {GenerateHint} "
                + $"(or set {AllowDevelopmentKeysSetting}=true on a developer's machine).";
        }

        // 32 random bytes are all printable ASCII with a chance of about 1 in 10^20: this is a passphrase.
        return bytes.All(b => b is >= 0x20 and < 0x7F)
            ? $"{setting} decodes to readable text, not random bytes; {GenerateHint}."
            : null;
    }

    /// <summary>Whether <see cref="AllowDevelopmentKeysSetting"/> is set to true in <paramref name="value"/>.</summary>
    public static bool DevelopmentAllowed(string? value) => bool.TryParse(value, out var allowed) && allowed;
}
