namespace WrotaCelne.FormatTests.Data;

/// <summary>A temporary schema folder as the operator would fill it; deleted on dispose.</summary>
internal sealed class SchemaFolder : IDisposable
{
    public SchemaFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "wrotacelne-schemas-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The test schemas next to the test assembly (<c>TestSchemas/</c> of a plugin's test folder).</summary>
    public static string TestSchema(string plugin, string file) => System.IO.Path.Combine(AppContext.BaseDirectory, plugin, "TestSchemas", file);

    public SchemaFolder With(string file, string content)
    {
        File.WriteAllText(System.IO.Path.Combine(Path, file), content);
        return this;
    }

    public SchemaFolder WithCopy(string plugin, string file, Func<string, string>? change = null)
    {
        var content = File.ReadAllText(TestSchema(plugin, file));
        return With(file, change is null ? content : change(content));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
