using System.Globalization;
using SecurityTrax.Sequences;

namespace SecurityTrax.Messages;

/// <summary>A message's public number: what the API shows and routes by, apart from its grain key.</summary>
/// <remarks>
/// A message sent from the API is keyed by a number the gateway took from the message sequence, so that number is its
/// own. Any other message (a campaign's, a receipt, an invoice e-mail) takes one from the same sequence, so the two kinds
/// never share a number. The grain stores it in the same write that creates the message: a grain that dies after taking
/// a number but before that write leaves an unused number (a gap), never a message with two numbers.
/// </remarks>
public static class MessageNumbers
{
    public static async Task<long> TakeAsync(IGrainFactory grains, string tenant, string key) =>
        long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
            ? number
            : await grains.GetGrain<ISequenceGrain>(GrainKeys.For(tenant, SequenceKinds.GrainId(SequenceKinds.Message))).NextAsync();
}
