using System.Runtime.InteropServices;
using System.Text;

namespace Gongkai.Cli;

/// <summary>Whether a path is a regular file, which .NET does not tell apart from a pipe, a socket or a device.</summary>
/// <remarks>
/// Opening a named pipe blocks until something writes to it, so a pipe left in a folder would hang <c>check</c>.
/// Linux's <c>statx</c> (glibc 2.28+) has one layout on every architecture; elsewhere, and if it is missing, a path
/// .NET sees as an existing file counts as regular.
/// </remarks>
internal static class UnixFileTypes
{
    private const int AtCurrentDirectory = -100;
    private const int NotImplemented = 38; // ENOSYS: a kernel before 4.11
    private const int NotPermitted = 1; // EPERM: a seccomp filter that does not know statx
    private const uint StatxType = 0x1;
    private const int ModeOffset = 28;
    private const ushort FileTypeMask = 0xF000;
    private const ushort RegularFile = 0x8000;

    public static bool IsRegularFile(string path)
    {
        if (!File.Exists(path))
        {
            return false; // gone since it was listed
        }

        if (!OperatingSystem.IsLinux())
        {
            try
            {
                var info = new FileInfo(path);
                return info.LinkTarget is null || info.ResolveLinkTarget(returnFinalTarget: true) is FileInfo { Exists: true };
            }
            catch (IOException)
            {
                return false; // a loop of links
            }
        }

        var buffer = new byte[256];
        try
        {
            // Follows a link to its target: a link to a regular file is one, a dangling link fails (ENOENT).
            if (Statx(AtCurrentDirectory, Encoding.UTF8.GetBytes(path + "\0"), 0, StatxType, buffer) != 0)
            {
                return Marshal.GetLastPInvokeError() is NotImplemented or NotPermitted; // no statx here: cannot tell
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return true;
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & FileTypeMask) == RegularFile;
    }

    // DllImport rather than LibraryImport, which would need unsafe code for two byte arrays pinned in place.
    [DllImport("libc", EntryPoint = "statx", ExactSpelling = true, SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, [Out] byte[] buffer);
}
