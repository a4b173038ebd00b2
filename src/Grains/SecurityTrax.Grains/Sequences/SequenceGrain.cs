using SecurityTrax.Persistence;

namespace SecurityTrax.Sequences;

public sealed class SequenceGrain(
    [PersistentState(StorageNames.Sequence, StorageNames.Main)] IPersistentState<SequenceState> state) : Grain, ISequenceGrain
{
    public const int BlockSize = 50;

    private long _next;
    private long _end;

    public async Task<long> NextAsync()
    {
        if (_next >= _end)
        {
            var kind = GrainKeys.Parse(this.GetPrimaryKeyString()).Id["seq-".Length..];
            var start = Math.Max(state.State.ReservedUpTo, SequenceKinds.FirstNumber(kind));
            await ReserveAsync(start + BlockSize);
            // Only a stored block is handed out: a failed save leaves nothing in memory to give away twice.
            (_next, _end) = (start, start + BlockSize);
        }

        return _next++;
    }

    private async Task ReserveAsync(long upTo)
    {
        state.State.ReservedUpTo = upTo;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // The write may or may not have reached storage; the stored row (and its ETag) is the truth.
            await state.ReadStateAsync();
            throw;
        }
    }
}
