using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.Plugins.Signing.Pkcs11;

/// <summary>
/// The PKCS#11 libraries loaded in this process, one per module path. A library may be initialized (C_Initialize)
/// only once per process, so it is loaded on first use and kept until the process ends; finalizing it while
/// another key is open would close that key's session.
/// </summary>
internal static class Pkcs11Modules
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, IPkcs11Library> Loaded = new(StringComparer.Ordinal);

    static Pkcs11Modules() => LibdlResolver.Register();

    public static Pkcs11InteropFactories Factories { get; } = new();

    public static (IPkcs11Library? Library, SigningProblem? Problem) Get(string modulePath)
    {
        // A bare file name is left to the dynamic loader's search path; a path is made absolute so that two
        // spellings of one file share one initialized library.
        var key = modulePath.Contains('/') || modulePath.Contains('\\') ? Path.GetFullPath(modulePath) : modulePath;
        if (Path.IsPathRooted(key) && !File.Exists(key))
        {
            return (null, new SigningProblem(SigningProblemCodes.BadSettings, $"The PKCS#11 module {key} does not exist."));
        }

        lock (Gate)
        {
            if (Loaded.TryGetValue(key, out var library))
            {
                return (library, null);
            }

            try
            {
                library = Factories.Pkcs11LibraryFactory.LoadPkcs11Library(Factories, key, AppType.MultiThreaded);
            }
            catch (Pkcs11Exception e)
            {
                return (null, new SigningProblem(SigningProblemCodes.BadSettings, $"The PKCS#11 module {key} could not be initialized ({e.RV})."));
            }
            catch (Exception e) when (e is UnmanagedException or DllNotFoundException or EntryPointNotFoundException or BadImageFormatException or IOException)
            {
                return (null, new SigningProblem(SigningProblemCodes.BadSettings, $"The PKCS#11 module {key} could not be loaded: {e.Message}"));
            }

            Loaded.Add(key, library);
            return (library, null);
        }
    }
}
