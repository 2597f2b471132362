using System.Security.Cryptography;

namespace Baken.Engine.Registers;

/// <summary>
/// Reads FDA's "Artificial Intelligence-Enabled Medical Devices" list from either official download,
/// the CSV or the XML, telling them apart by content (a file name's extension may lie). Bad input is
/// never thrown: it comes back as <see cref="FdaIssue"/>s with row and line numbers, and a file with
/// any issue gives no release. Only I/O failures throw.
/// </summary>
public static class FdaListReader
{
    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static FdaReadResult Read(string path, FdaReadOptions? options = null)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Read(stream, options);
    }

    /// <summary>Reads a stream to its end (at most <see cref="FdaReadOptions.MaxBytes"/> and one more byte).</summary>
    public static FdaReadResult Read(Stream input, FdaReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(input);
        options ??= new FdaReadOptions();

        // One byte past the limit is enough to know the file is too large.
        var limit = Math.Clamp(options.MaxBytes, 0, Array.MaxLength - 1) + 1;
        var buffer = new MemoryStream(input.CanSeek ? (int)Math.Clamp(input.Length - input.Position, 0, limit) : 1 << 20);
        var chunk = new byte[1 << 16];
        int read;
        while (buffer.Length < limit && (read = input.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
        }

        return Read(buffer.GetBuffer(), (int)buffer.Length, options);
    }

    /// <summary>Reads a file already in memory.</summary>
    public static FdaReadResult Read(byte[] bytes, FdaReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return Read(bytes, bytes.Length, options ?? new FdaReadOptions());
    }

    private static FdaReadResult Read(byte[] bytes, int length, FdaReadOptions options)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(0, length)));
        if (length > options.MaxBytes)
        {
            return Refused(FdaIssueKind.TooLarge, $"The file is larger than {FdaIssue.N(options.MaxBytes)} bytes; FDA's list is well under 1 MB.", sha256);
        }

        var layout = Detect(bytes.AsSpan(0, length));
        if (layout is null)
        {
            return Refused(FdaIssueKind.UnknownLayout,
                "The file is an Excel workbook (or another zip archive); read FDA's CSV or XML download instead.", sha256);
        }

        var builder = new FdaReleaseBuilder(options, layout == FdaLayout.Xml ? FdaXmlLayout.Elements : FdaCsvLayout.Header);
        if (layout == FdaLayout.Xml)
        {
            FdaXmlLayout.Read(bytes, length, builder);
        }
        else
        {
            FdaCsvLayout.Read(bytes, length, builder);
        }

        return builder.Build(layout, sha256);
    }

    // XML when the first character after a byte-order mark and white space is '<'; null for a zip
    // (an .xlsx); otherwise CSV, whose header check then says whether it is FDA's.
    private static FdaLayout? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("PK\u0003\u0004"u8))
        {
            return null;
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        var start = bytes.IndexOfAnyExcept(" \t\r\n"u8);
        return start >= 0 && bytes[start] == (byte)'<' ? FdaLayout.Xml : FdaLayout.Csv;
    }

    private static FdaReadResult Refused(FdaIssueKind kind, string message, string sha256) =>
        new(null, [new FdaIssue(kind, message)], null, 0, sha256);
}
