using System.Runtime.InteropServices;

namespace WrotaCelne.Pkcs11Tests;

/// <summary>
/// On Unix, Environment.SetEnvironmentVariable changes only .NET's own copy of the environment; SoftHSM2 reads
/// SOFTHSM2_CONF with getenv, so the variable is set in the C library's environment as well.
/// </summary>
internal static class NativeEnvironment
{
    public static void Set(string name, string value)
    {
        Environment.SetEnvironmentVariable(name, value);
        if (setenv(name, value, 1) != 0)
        {
            throw new InvalidOperationException($"setenv({name}) failed with errno {Marshal.GetLastPInvokeError()}.");
        }
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int setenv([MarshalAs(UnmanagedType.LPUTF8Str)] string name, [MarshalAs(UnmanagedType.LPUTF8Str)] string value, int overwrite);
}
