using System.Security.Cryptography;

namespace Baken.Engine.Readers;

// Hashes the bytes as the CSV parser pulls them, so the input's SHA-256 costs no second pass.
internal sealed class HashingReadStream(Stream inner) : ForwardOnlyStream
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        _hash.AppendData(buffer[..read]);
        return read;
    }

    // Reads whatever the parser left unread, then returns the lower-case hex digest.
    public string Finish()
    {
        CopyTo(Null);
        return Convert.ToHexStringLower(_hash.GetHashAndReset());
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _hash.Dispose();
        }

        base.Dispose(disposing);
    }
}
