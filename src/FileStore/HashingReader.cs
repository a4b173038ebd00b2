using System.Security.Cryptography;

namespace SecurityTrax.FileStore;

/// <summary>Reads an upload in fixed-size blocks while hashing it, counting it and keeping its first bytes.</summary>
public sealed class HashingReader(Stream source, long maxBytes) : IDisposable
{
    public const int HeadLength = 512;

    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly byte[] _head = new byte[HeadLength];
    private int _headLength;

    public long Size { get; private set; }

    /// <summary>Fills <paramref name="block"/> as far as the source allows; 0 at the end.</summary>
    public async Task<int> ReadBlockAsync(byte[] block, CancellationToken cancellationToken)
    {
        var filled = 0;
        while (filled < block.Length)
        {
            var read = await source.ReadAsync(block.AsMemory(filled), cancellationToken);
            if (read == 0)
            {
                break;
            }

            filled += read;
        }

        Size += filled;
        if (Size > maxBytes)
        {
            throw new FileTooLargeException(maxBytes);
        }

        _hash.AppendData(block, 0, filled);
        var toHead = Math.Min(filled, HeadLength - _headLength);
        if (toHead > 0)
        {
            Array.Copy(block, 0, _head, _headLength, toHead);
            _headLength += toHead;
        }

        return filled;
    }

    public StoredBlob Finish() => new(Size, _hash.GetHashAndReset(), _head[.._headLength]);

    public void Dispose() => _hash.Dispose();
}
