using System.Diagnostics;
using SecurityTrax.Messages.Delivery;

namespace SecurityTrax.Messages.Campaigns;

/// <summary>A token bucket per tenant holding one second of sends; real (monotonic) time, not business time.</summary>
public sealed class MessageRateGrain(MessagingOptions options) : Grain, IMessageRateGrain
{
    private double _tokens = options.CampaignMessagesPerSecond;
    private long _last = Stopwatch.GetTimestamp();

    public Task<int> AcquireAsync(int wanted)
    {
        var now = Stopwatch.GetTimestamp();
        var rate = options.CampaignMessagesPerSecond;
        _tokens = Math.Min(rate, _tokens + (Stopwatch.GetElapsedTime(_last, now).TotalSeconds * rate));
        _last = now;
        var granted = (int)Math.Min(Math.Max(0, wanted), Math.Floor(_tokens));
        _tokens -= granted;
        return Task.FromResult(granted);
    }
}
