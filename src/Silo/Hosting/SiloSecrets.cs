using Microsoft.Extensions.Configuration;
using SecurityTrax.Security;

namespace SecurityTrax.Silo.Hosting;

/// <summary>The silo's keys, checked before anything starts (issue 22, point 4).</summary>
public static class SiloSecrets
{
    /// <summary>The cipher of confidential fields; throws, naming the setting, when the key is missing, short, text-like or published.</summary>
    public static ConfidentialCipher Cipher(IConfiguration configuration)
    {
        var key = configuration[ConfidentialCipher.ConfigurationKey];
        var allowDevelopment = SecretKeys.DevelopmentAllowed(configuration[SecretKeys.AllowDevelopmentKeysSetting]);
        if (SecretKeys.Problem(ConfidentialCipher.ConfigurationKey, key, 32, exactBytes: true, allowDevelopment) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        return ConfidentialCipher.FromBase64(key);
    }
}
