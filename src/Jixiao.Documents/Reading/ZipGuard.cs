using System.IO.Compression;

namespace Jixiao.Documents.Reading;

/// <summary>Refuses zip packages that would unpack to too much (zip bombs) before any XML is parsed.</summary>
public static class ZipGuard
{
    public const long MaxUnpacked = 256L * 1024 * 1024;
    public const int MaxEntries = 10_000;
    public const double MaxRatio = 200;

    /// <summary>The unpacked size when it is over the limit, else null.</summary>
    public static long? TooLarge(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > MaxEntries) return long.MaxValue;
        long total = 0;
        foreach (var e in zip.Entries)
        {
            total += e.Length;
            var ratio = e.CompressedLength == 0 ? 0 : (double)e.Length / e.CompressedLength;
            if (total > MaxUnpacked || e.Length > 16 * 1024 * 1024 && ratio > MaxRatio) return total;
        }
        return null;
    }
}
