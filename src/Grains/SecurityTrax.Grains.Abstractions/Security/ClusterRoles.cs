using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;

namespace SecurityTrax.Security;

/// <summary>
/// A cluster certificate's role is its one URI subject alternative name, in the SPIFFE form
/// (<c>spiffe://securitytrax/silo</c> or <c>spiffe://securitytrax/gateway</c>), together with the extended key usages the
/// role needs: a silo both listens and connects (server and client authentication), a gateway only connects.
/// </summary>
public static class ClusterRoles
{
    private const string SubjectAlternativeName = "2.5.29.17";
    private const string ServerAuthentication = "1.3.6.1.5.5.7.3.1";
    private const string ClientAuthentication = "1.3.6.1.5.5.7.3.2";
    private static readonly Asn1Tag UniformResourceIdentifier = new(TagClass.ContextSpecific, 6);

    /// <summary>The URI a certificate of <paramref name="role"/> names as its subject alternative name.</summary>
    public static Uri UriOf(ClusterRole role) => role switch
    {
        ClusterRole.Silo => new Uri("spiffe://securitytrax/silo"),
        ClusterRole.Gateway => new Uri("spiffe://securitytrax/gateway"),
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>True when <paramref name="certificate"/> names exactly <paramref name="role"/> and allows its key usages.</summary>
    public static bool Holds(X509Certificate2 certificate, ClusterRole role)
    {
        var usages = certificate.Extensions.OfType<X509EnhancedKeyUsageExtension>()
            .SelectMany(e => e.EnhancedKeyUsages.Cast<System.Security.Cryptography.Oid>())
            .Select(o => o.Value)
            .ToHashSet(StringComparer.Ordinal);
        string[] needed = role == ClusterRole.Silo ? [ServerAuthentication, ClientAuthentication] : [ClientAuthentication];
        return needed.All(usages.Contains)
            && UrisOf(certificate) is [var only]
            && string.Equals(only, UriOf(role).OriginalString, StringComparison.Ordinal);
    }

    private static List<string> UrisOf(X509Certificate2 certificate)
    {
        var uris = new List<string>();
        if (certificate.Extensions[SubjectAlternativeName] is not { } extension)
        {
            return uris;
        }

        try
        {
            var names = new AsnReader(extension.RawData, AsnEncodingRules.DER).ReadSequence();
            while (names.HasData)
            {
                if (names.PeekTag().HasSameClassAndValue(UniformResourceIdentifier))
                {
                    uris.Add(names.ReadCharacterString(UniversalTagNumber.IA5String, UniformResourceIdentifier));
                }
                else
                {
                    names.ReadEncodedValue();
                }
            }
        }
        catch (AsnContentException)
        {
            // A name list that does not parse names no role.
            uris.Clear();
        }

        return uris;
    }
}
