using Microsoft.Extensions.Options;
using SecurityTrax.Security;

namespace SecurityTrax.Gateway.Auth;

/// <summary>Refuses to start with a missing, short, text-like or published signing key (issue 22, point 4).</summary>
public sealed class SigningKeyValidator(IConfiguration configuration) : IValidateOptions<AuthOptions>
{
    public ValidateOptionsResult Validate(string? name, AuthOptions options)
    {
        var allowDevelopment = SecretKeys.DevelopmentAllowed(configuration[SecretKeys.AllowDevelopmentKeysSetting]);
        return SecretKeys.Problem("Auth:SigningKey", options.SigningKey, 32, exactBytes: false, allowDevelopment) is { } problem
            ? ValidateOptionsResult.Fail(problem)
            : ValidateOptionsResult.Success;
    }
}
