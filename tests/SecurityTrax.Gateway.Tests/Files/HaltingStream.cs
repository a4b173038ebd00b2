namespace SecurityTrax.Gateway.Tests.Files;

/// <summary>An upload body that sends <paramref name="before"/> bytes and then nothing more until the request is cancelled.</summary>
public sealed class HaltingStream(long before) : Stream
{
    private long _sent;

    /// <summary>Completes once every byte before the halt has been handed to the client.</summary>
    public TaskCompletionSource Halted { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => _sent; set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_sent >= before)
        {
            Halted.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        var count = (int)Math.Min(buffer.Length, before - _sent);
        buffer.Span[..count].Fill((byte)'a');
        _sent += count;
        return count;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
