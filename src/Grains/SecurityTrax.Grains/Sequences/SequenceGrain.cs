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
            _next = Math.Max(state.State.ReservedUpTo, SequenceKinds.FirstNumber(kind));
            _end = _next + BlockSize;
            // The block is stored before any of its numbers is used.
            state.State.ReservedUpTo = _end;
            await state.WriteStateAsync();
        }

        return _next++;
    }
}
