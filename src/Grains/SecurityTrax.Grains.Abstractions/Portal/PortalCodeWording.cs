using System.Globalization;

namespace SecurityTrax.Portal;

/// <summary>How the code's lifetime reads in the message and in the API's answer ("10 minutes").</summary>
public static class PortalCodeWording
{
    public static string Lifetime(TimeSpan lifetime) =>
        lifetime.TotalMinutes >= 2 ? string.Create(CultureInfo.InvariantCulture, $"{Math.Floor(lifetime.TotalMinutes):0} minutes") : "a moment";
}
