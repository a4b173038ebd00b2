using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace SecurityTrax.Payments;

/// <summary>Payment grain ids are their numbers; operation grain ids are a digest of the caller's operation id.</summary>
public static class PaymentKeys
{
    public const string Sequence = Sequences.SequenceKinds.Payment;

    public static string Id(long number) => number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Operation ids may hold any character (an Idempotency-Key), so the grain id is their digest.</summary>
    public static string Operation(string operationId) =>
        "op-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(operationId)))[..40];
}
