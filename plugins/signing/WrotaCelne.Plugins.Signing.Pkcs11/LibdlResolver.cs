using System.Reflection;
using System.Runtime.InteropServices;
using Net.Pkcs11Interop.HighLevelAPI;

namespace WrotaCelne.Plugins.Signing.Pkcs11;

/// <summary>
/// Pkcs11Interop imports dlopen and dlsym from "libdl", which the runtime looks up as libdl.so: a file only the C
/// development package installs, and since glibc 2.34 dlopen lives in libc itself. The name is mapped to the
/// libraries every glibc system has, so the plugin needs no extra package.
/// </summary>
internal static class LibdlResolver
{
    private static readonly string[] Candidates = ["libdl.so.2", "libc.so.6"];

    public static void Register()
    {
        try
        {
            NativeLibrary.SetDllImportResolver(typeof(Pkcs11InteropFactories).Assembly, Resolve);
        }
        catch (InvalidOperationException)
        {
            // The application has set a resolver for Pkcs11Interop already; it decides how libdl is found.
        }
    }

    private static IntPtr Resolve(string libraryName, Assembly assembly, DllImportSearchPath? searchPath)
    {
        if (libraryName != "libdl" || !OperatingSystem.IsLinux())
        {
            return IntPtr.Zero;
        }

        foreach (var candidate in Candidates)
        {
            if (NativeLibrary.TryLoad(candidate, out var handle))
            {
                return handle;
            }
        }

        return IntPtr.Zero;
    }
}
