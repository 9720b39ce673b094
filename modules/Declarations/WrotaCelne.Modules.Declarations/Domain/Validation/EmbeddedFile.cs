namespace WrotaCelne.Modules.Declarations.Domain.Validation;

/// <summary>The JSON files embedded next to this code (see the project file's EmbeddedResource).</summary>
internal static class EmbeddedFile
{
    public static string Read(string name)
    {
        var resource = $"{typeof(EmbeddedFile).Namespace}.{name}";
        using var stream = typeof(EmbeddedFile).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The embedded resource {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
