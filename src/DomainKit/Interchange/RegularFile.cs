using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace DomainKit.Interchange;

/// <summary>
/// Whether a path names a regular file, asked before it is opened: opening a FIFO waits for a writer that may never
/// come, and a device such as /dev/zero never ends. .NET does not tell a file's type, so on Linux the system is asked
/// (statx, which follows links, so a link to a FIFO is a FIFO); elsewhere the answer is unknown.
/// </summary>
internal static class RegularFile
{
    private const int CurrentDirectory = -100;
    private const uint TypeOnly = 0x0001;
    private const int ModeOffset = 28;
    private const ushort TypeMask = 0xF000;
    private const ushort Regular = 0x8000;

    /// <summary><see langword="true"/> for a regular file, <see langword="false"/> for anything else, <see langword="null"/> when the system cannot say.</summary>
    public static bool? Is(string path)
    {
        if (!OperatingSystem.IsLinux() || !BitConverter.IsLittleEndian)
        {
            return null;
        }
        try
        {
            var buffer = new byte[256];
            if (Statx(CurrentDirectory, Path.GetFullPath(path), 0, TypeOnly, buffer) != 0)
            {
                return null;
            }
            return (BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(ModeOffset)) & TypeMask) == Regular;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library without statx (glibc before 2.28): the type cannot be told.
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
