using SecurityTrax.Customers;

namespace SecurityTrax.Messages.Campaigns;

/// <summary>Walks a campaign's audience in customer-number order, a batch at a time, from its stored position.</summary>
public static class CampaignAudienceWalker
{
    public static async Task<(IReadOnlyList<long> Recipients, string? Cursor, int NextIndex)> NextAsync(
        IGrainFactory grains, string tenant, CampaignState state, int count)
    {
        if (state.Audience.CustomerIds is { } listed)
        {
            var slice = listed.Skip(state.NextIndex).Take(count).ToArray();
            return (slice, null, state.NextIndex + slice.Length);
        }

        var page = await grains.GetGrain<ICustomerQueryGrain>(GrainKeys.For(tenant, ICustomerQueryGrain.Id)).SearchAsync(
            new CustomerSearch(null, state.Audience.Stage, state.Audience.Tag, CustomerSort.Number, false, state.Cursor, count));
        return ([.. page.Items.Select(c => c.Id)], page.NextCursor, state.NextIndex + page.Items.Length);
    }
}
