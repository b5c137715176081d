using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Dateline.Extraction.Input.Files;

/// <summary>
/// The few Linux calls .NET does not offer: the type of a file (a named pipe, a socket or a device is not a page, and
/// opening a pipe blocks), its device and inode (a directory reached twice through links is a loop), directory entries
/// and opening files by their raw name bytes (a name need not be UTF-8). statx and readdir have the same layout on
/// every 64-bit Linux. <see cref="Available"/> is false elsewhere; the reader then falls back to .NET's own calls.
/// </summary>
internal static class UnixFiles
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxBasicStats = 0x7ff;
    private const int ORdOnly = 0;
    private const int ONonBlock = 0x800;
    private const int OCloExec = 0x80000;

    private static readonly Lazy<bool> Probe = new(() =>
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return Stat("/"u8.ToArray(), followLinks: true) is { Type: FileKind.Directory };
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    });

    public static bool Available => Probe.Value;

    /// <summary>What a path is, or null when it does not exist (or cannot be examined).</summary>
    public static FileStatus? Stat(byte[] path, bool followLinks) => Stat(path, followLinks, out _);

    /// <summary>As <see cref="Stat(byte[], bool)"/>; when the path cannot be examined, <paramref name="why"/> says why in words.</summary>
    public static FileStatus? Stat(byte[] path, bool followLinks, out string? why)
    {
        var result = statx(AtFdCwd, NullTerminated(path), followLinks ? 0 : AtSymlinkNoFollow, StatxBasicStats, out var s);
        if (result != 0)
        {
            why = Marshal.GetLastPInvokeError() switch
            {
                2 => "no such file or directory",
                13 => "permission denied",
                20 => "a path through something that is not a directory",
                36 => "the name is too long",
                40 => "a loop of symbolic links",
                var errno => $"cannot be examined (error {errno})",
            };
            return null;
        }

        why = null;

        var kind = (s.Mode & 0xF000) switch
        {
            0x4000 => FileKind.Directory,
            0x8000 => FileKind.Regular,
            0xA000 => FileKind.Link,
            0x1000 => FileKind.Pipe,
            0xC000 => FileKind.Socket,
            0x2000 or 0x6000 => FileKind.Device,
            _ => FileKind.Other,
        };
        return new FileStatus(kind, ((ulong)s.DevMajor << 32) | s.DevMinor, s.Inode, (long)s.Size);
    }

    /// <summary>The names in a directory (without "." and ".."), as raw bytes; null when it cannot be read.</summary>
    public static List<byte[]>? List(byte[] directory)
    {
        var dir = opendir(NullTerminated(directory));
        if (dir == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            var names = new List<byte[]>();
            IntPtr entry;
            while ((entry = readdir(dir)) != IntPtr.Zero)
            {
                // struct dirent: d_ino (8), d_off (8), d_reclen (2), d_type (1), then d_name, NUL-terminated.
                var name = new List<byte>(32);
                for (var i = 19; ; i++)
                {
                    var b = Marshal.ReadByte(entry, i);
                    if (b == 0)
                    {
                        break;
                    }

                    name.Add(b);
                }

                if (name is not ([(byte)'.'] or [(byte)'.', (byte)'.']))
                {
                    names.Add([.. name]);
                }
            }

            return names;
        }
        finally
        {
            _ = closedir(dir);
        }
    }

    /// <summary>Opens a file for reading by its raw name; never blocks on a pipe put in its place.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static FileStream OpenRead(byte[] path)
    {
        var fd = open(NullTerminated(path), ORdOnly | OCloExec | ONonBlock);
        if (fd < 0)
        {
            throw new IOException($"cannot open the file (error {Marshal.GetLastPInvokeError()})");
        }

        return new FileStream(new SafeFileHandle(fd, ownsHandle: true), FileAccess.Read, bufferSize: 1);
    }

    private static byte[] NullTerminated(byte[] path)
    {
        var z = new byte[path.Length + 1];
        path.CopyTo(z, 0);
        return z;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int statx(int dirfd, byte[] pathname, int flags, uint mask, out Statx statxbuf);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr opendir(byte[] name);

    [DllImport("libc", SetLastError = true)]
    private static extern IntPtr readdir(IntPtr dirp);

    [DllImport("libc")]
    private static extern int closedir(IntPtr dirp);

    [DllImport("libc", SetLastError = true)]
    private static extern int open(byte[] pathname, int flags);

    /// <summary>struct statx (linux/stat.h), the same on every architecture.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    private struct Statx
    {
        [FieldOffset(28)]
        public ushort Mode;

        [FieldOffset(32)]
        public ulong Inode;

        [FieldOffset(40)]
        public ulong Size;

        [FieldOffset(136)]
        public uint DevMajor;

        [FieldOffset(140)]
        public uint DevMinor;
    }
}
