namespace SecurityTrax.Invoices.Printing;

/// <summary>
/// A write-only stream that keeps only what was written since the last <see cref="Take"/>, so a file written by a
/// synchronous library can leave in chunks as it grows; <see cref="Position"/> counts every byte ever written, which is
/// what the PDF and ZIP writers record as offsets.
/// </summary>
public sealed class ChunkOutput : Stream
{
    private readonly MemoryStream _pending = new();
    private long _taken;

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => _taken + _pending.Length;

    public override long Position
    {
        get => Length;
        set => throw new NotSupportedException();
    }

    /// <summary>The bytes written since the last call (empty when none).</summary>
    public byte[] Take()
    {
        var chunk = _pending.ToArray();
        _taken += chunk.Length;
        _pending.SetLength(0);
        return chunk;
    }

    public override void Write(byte[] buffer, int offset, int count) => _pending.Write(buffer, offset, count);

    public override void Write(ReadOnlySpan<byte> buffer) => _pending.Write(buffer);

    public override void WriteByte(byte value) => _pending.WriteByte(value);

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _pending.Dispose();
        }

        base.Dispose(disposing);
    }
}
