using Microsoft.Extensions.Configuration;
using SecurityTrax.Security;

namespace SecurityTrax.Silo.Hosting;

/// <summary>
/// The silo's data keys, read from configuration: <c>Encryption:Keys</c> (a list of <c>Id</c> and <c>Key</c>, base64
/// of 32 bytes each; the last is the newest and encrypts) and the earlier single <c>Encryption:Key</c> (key id <c>0</c>,
/// newest only when no list is given). Every key decrypts. Each key is checked before anything starts (issue 22, point 4):
/// base64 of exactly 32 random bytes, never a published one unless <see cref="SecretKeys.AllowDevelopmentKeysSetting"/>.
/// </summary>
public static class EncryptionKeyRing
{
    public const string SingleKey = "Encryption:Key";
    public const string Keys = "Encryption:Keys";
    public const string SingleKeyId = "0";

    public static IReadOnlyList<(string Id, byte[] Key)> From(IConfiguration configuration)
    {
        var allowDevelopment = SecretKeys.DevelopmentAllowed(configuration[SecretKeys.AllowDevelopmentKeysSetting]);
        var ring = new List<(string Id, byte[] Key)>();
        if (configuration[SingleKey] is { Length: > 0 } single)
        {
            ring.Add((SingleKeyId, Decode(SingleKey, single, allowDevelopment)));
        }

        foreach (var entry in configuration.GetSection(Keys).GetChildren())
        {
            var id = entry["Id"];
            if (string.IsNullOrEmpty(id) || !id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_') || ring.Any(k => k.Id == id))
            {
                throw new InvalidOperationException($"Each {Keys} entry needs an Id of its own, of letters, digits, '-' and '_' (and not '{SingleKeyId}' when {SingleKey} is set).");
            }

            ring.Add((id, Decode($"{Keys} '{id}'", entry["Key"], allowDevelopment)));
        }

        if (ring.Count == 0)
        {
            throw new InvalidOperationException(
                $"Configuration '{Keys}' (entries of Id and Key) or '{SingleKey}' (environment variable Encryption__Key) is required: base64 of 32 random bytes.");
        }

        return ring;
    }

    private static byte[] Decode(string name, string? value, bool allowDevelopment) =>
        SecretKeys.Problem(name, value, 32, exactBytes: true, allowDevelopment) is { } problem
            ? throw new InvalidOperationException(problem)
            : Convert.FromBase64String(value!);
}
