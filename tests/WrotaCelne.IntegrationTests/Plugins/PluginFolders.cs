using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;
using WrotaCelne.IntegrationTests.Infrastructure;

namespace WrotaCelne.IntegrationTests.Plugins;

/// <summary>Plugin folders for loader tests, made from the real built-in plugins.</summary>
internal static class PluginFolders
{
    public const string Ncts = "wrotacelne.format.ncts-p5";
    public const string Aes = "wrotacelne.format.aes";
    public const string Ais = "wrotacelne.format.ais";
    public const string KeyFile = "wrotacelne.signing.keyfile";

    public static string BuiltIn(string id) => Path.Combine(AppContext.BaseDirectory, "plugins", id);

    public static string CopyOf(string id, string pluginsDirectory, string? folderName = null)
    {
        var target = Path.Combine(pluginsDirectory, folderName ?? id);
        TempDirectory.CopyTree(BuiltIn(id), target);
        return target;
    }

    public static void EditManifest(string folder, Action<JsonObject> edit)
    {
        var path = Path.Combine(folder, "plugin.json");
        var manifest = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        edit(manifest);
        File.WriteAllText(path, manifest.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>A folder whose "assembly" is random bytes, listed with its correct hash so only loading can fail.</summary>
    public static string Garbage(string pluginsDirectory, bool withManifest)
    {
        var folder = Path.Combine(pluginsDirectory, withManifest ? "garbage-with-manifest" : "garbage");
        Directory.CreateDirectory(folder);
        var bytes = RandomNumberGenerator.GetBytes(4096);
        File.WriteAllBytes(Path.Combine(folder, "Garbage.dll"), bytes);
        if (withManifest)
        {
            var manifest = new JsonObject
            {
                ["id"] = "acme.format.garbage",
                ["kind"] = "format",
                ["version"] = "1.0.0",
                ["sdkVersionRange"] = "[1.0,2.0)",
                ["entryAssembly"] = "Garbage.dll",
                ["entryType"] = "Acme.Garbage",
                ["publisher"] = "ACME",
                ["files"] = new JsonObject { ["Garbage.dll"] = Convert.ToHexString(SHA256.HashData(bytes)) },
            };
            File.WriteAllText(Path.Combine(folder, "plugin.json"), manifest.ToJsonString());
        }

        return folder;
    }

    public static void FlipOneByte(string file)
    {
        var bytes = File.ReadAllBytes(file);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(file, bytes);
    }
}
