using System.Buffers.Binary;

namespace DomainKit.Interchange.Csv;

/// <summary>
/// The CRC-32 of zip files (IEEE 802.3, reflected, polynomial 0xEDB88320), eight bytes a step, so that checking every
/// entry of a bundle costs little beside reading it.
/// </summary>
internal static class Crc32
{
    private static readonly uint[] Table = CreateTable();

    private static uint[] CreateTable()
    {
        var table = new uint[8 * 256];
        for (uint i = 0; i < 256; i++)
        {
            var crc = i;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
            table[i] = crc;
        }
        for (var i = 0; i < 256; i++)
        {
            for (var slice = 1; slice < 8; slice++)
            {
                var previous = table[(slice - 1) * 256 + i];
                table[slice * 256 + i] = (previous >> 8) ^ table[previous & 0xFF];
            }
        }
        return table;
    }

    /// <summary>The CRC-32 of what <paramref name="crc"/> covered followed by <paramref name="bytes"/>; start from 0.</summary>
    public static uint Append(uint crc, ReadOnlySpan<byte> bytes)
    {
        var table = Table;
        crc = ~crc;
        while (bytes.Length >= 8)
        {
            var low = crc ^ BinaryPrimitives.ReadUInt32LittleEndian(bytes);
            crc = table[7 * 256 + (low & 0xFF)] ^ table[6 * 256 + ((low >> 8) & 0xFF)]
                ^ table[5 * 256 + ((low >> 16) & 0xFF)] ^ table[4 * 256 + (low >> 24)]
                ^ table[3 * 256 + bytes[4]] ^ table[2 * 256 + bytes[5]]
                ^ table[1 * 256 + bytes[6]] ^ table[bytes[7]];
            bytes = bytes[8..];
        }
        foreach (var b in bytes)
        {
            crc = (crc >> 8) ^ table[(crc ^ b) & 0xFF];
        }
        return ~crc;
    }
}
