using SecurityTrax.Identity;

namespace SecurityTrax.Platform;

/// <summary>
/// Which installation the answering silo belongs to: asked by a gateway before it serves, so that it never serves
/// from another system's silo. Platform-wide, answered by the silo the call reaches.
/// </summary>
[Alias("SecurityTrax.IInstallationGrain")]
public interface IInstallationGrain : IGrainWithIntegerKey, IPlatformGrain
{
    [Alias("Identity")]
    Task<InstallationIdentity> GetIdentityAsync();
}
