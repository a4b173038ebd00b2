namespace SecurityTrax.Payments;

/// <summary>
/// What every charge carries in the processor's metadata, so a webhook finds its payment even when the charge's own
/// answer never arrived (no transaction id stored yet).
/// </summary>
public static class ChargeMetadata
{
    public const string Tenant = "tenant";
    public const string Payment = "payment";

    /// <summary>Our idempotency key of the charge: tells our payment apart from another database's payment of the same number.</summary>
    public const string ChargeKey = "securitytrax_charge";

    /// <summary>
    /// Only charges first sent by this version carry the key (their <see cref="PaymentState.FirstChargeAt"/> is set):
    /// a repeat of an older charge must send the parameters its first request sent.
    /// </summary>
    public static Dictionary<string, string> For(string tenant, string paymentId, PaymentState s)
    {
        var metadata = new Dictionary<string, string> { [Tenant] = tenant, [Payment] = paymentId };
        if (s.FirstChargeAt is not null)
        {
            metadata[ChargeKey] = s.ChargeKey;
        }

        return metadata;
    }
}
