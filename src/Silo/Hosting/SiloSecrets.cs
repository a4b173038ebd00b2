using Microsoft.Extensions.Configuration;
using SecurityTrax.Security;

namespace SecurityTrax.Silo.Hosting;

/// <summary>The silo's keys, checked before anything starts (issue 22, point 4).</summary>
public static class SiloSecrets
{
    /// <summary>
    /// The cipher of confidential fields over the whole key ring; throws, naming the setting, when no key is given or
    /// any key is short, text-like or published.
    /// </summary>
    public static ConfidentialCipher Cipher(IConfiguration configuration)
    {
        var allowDevelopment = SecretKeys.DevelopmentAllowed(configuration[SecretKeys.AllowDevelopmentKeysSetting]);
        var keys = configuration.GetSection(EncryptionKeyRing.Keys).GetChildren()
            .Select(entry => (Setting: $"{EncryptionKeyRing.Keys}:{entry.Key}:Key", Value: entry["Key"]))
            .ToList();
        if (configuration[EncryptionKeyRing.SingleKey] is { Length: > 0 } || keys.Count == 0)
        {
            keys.Insert(0, (EncryptionKeyRing.SingleKey, configuration[EncryptionKeyRing.SingleKey]));
        }

        foreach (var (setting, value) in keys)
        {
            if (SecretKeys.Problem(setting, value, 32, exactBytes: true, allowDevelopment) is { } problem)
            {
                throw new InvalidOperationException(problem);
            }
        }

        return new ConfidentialCipher(EncryptionKeyRing.From(configuration));
    }
}
