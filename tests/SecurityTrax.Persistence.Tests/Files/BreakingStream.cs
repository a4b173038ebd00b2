namespace SecurityTrax.Persistence.Tests.Files;

/// <summary>Gives <paramref name="before"/> bytes, then fails as a dropped connection does.</summary>
public sealed class BreakingStream(int before) : MemoryStream(new byte[before])
{
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var read = await base.ReadAsync(buffer, cancellationToken);
        return read > 0 ? read : throw new IOException("The client went away.");
    }
}
