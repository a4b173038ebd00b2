using System.Text;

namespace SecurityTrax.Security;

/// <summary>
/// Where a confidential value belongs: its company, its record (e.g. <c>customer/1001</c>) and its field (e.g.
/// <c>ssn</c>). It is the associated data of the value's AES-GCM encryption, so a value copied elsewhere does not decrypt.
/// </summary>
public sealed record ConfidentialField(string Company, string Record, string Field)
{
    /// <summary>Length-prefixed parts, so no choice of names makes two places read alike.</summary>
    public byte[] AssociatedData()
    {
        var text = new StringBuilder("securitytrax-confidential-v2");
        foreach (var part in new[] { Company, Record, Field })
        {
            text.Append('|').Append(part.Length).Append(':').Append(part);
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public override string ToString() => $"{Field} of {Record} ({Company})";
}
