using System.Security.Cryptography;
using System.Text;

namespace SecurityTrax.Payments.Processing;

/// <summary>
/// Which processor account a payment was made on, stored with the payment before its first call, so refunds, voids,
/// checks and retries go to that account even after the company changes its keys. Never holds a secret.
/// </summary>
public static class ProcessorAccount
{
    public const string Sandbox = "sandbox";

    /// <summary>A Stripe account by its secret key's fingerprint (a digest: the key cannot be had back from it).</summary>
    public static string OfStripeKey(string secretKey) =>
        "stripe:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secretKey)))[..20];
}
