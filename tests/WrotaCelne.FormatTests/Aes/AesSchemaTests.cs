using WrotaCelne.FormatTests.Data;
using WrotaCelne.FormatTests.Generation;
using WrotaCelne.IntegrationTests.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Formats.Aes;
using Xunit;

namespace WrotaCelne.FormatTests.Aes;

/// <summary>The schema folder the operator fills: absent, a schema of the plugin's structure, a stricter one, a broken one.</summary>
public sealed class AesSchemaTests
{
    private const string Messages515 = "aes-test-messages.xsd";
    private const string Types = "aes-test-types.xsd";

    [Fact]
    public void Without_a_folder_every_result_says_it_was_checked_against_the_mapping_only()
    {
        var folder = Path.Combine(Path.GetTempPath(), "wrotacelne-absent-" + Guid.NewGuid().ToString("N"));
        var plugin = new AesFormatPlugin();
        plugin.Configure(new FormatPluginContext(folder));

        var serialized = plugin.Serialize(Messages.Request("CC515C", SampleDeclarations.Export()));
        var parsed = plugin.Parse(Messages.Inbound(AesAnswers.Cc528C()));
        var imported = plugin.Import(Messages.Inbound(serialized.Value!.Content));

        foreach (var warnings in new[] { serialized.Warnings, parsed.Warnings, imported.Warnings })
        {
            var warning = Assert.Single(warnings);
            Assert.Equal(FormatProblemCodes.SchemaAbsent, warning.Code);
            Assert.Contains(folder, warning.Message, StringComparison.Ordinal);
            Assert.Contains("mapping only", warning.Message, StringComparison.Ordinal);
        }

        Assert.True(serialized.Succeeded && parsed.Succeeded && imported.Succeeded);
    }

    [Fact]
    public void Without_configuration_or_with_a_blank_folder_the_warning_says_no_folder_was_configured()
    {
        var neverConfigured = new AesFormatPlugin();
        var blank = new AesFormatPlugin();
        blank.Configure(new FormatPluginContext(" "));
        var nullContext = new AesFormatPlugin();
        nullContext.Configure(null!);

        foreach (var plugin in new[] { neverConfigured, blank, nullContext })
        {
            var result = plugin.Serialize(Messages.Request("CC515C", SampleDeclarations.Export()));
            Assert.True(result.Succeeded);
            Assert.Contains("no schema folder was configured", Assert.Single(result.Warnings).Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_empty_folder_counts_as_absent()
    {
        using var folder = new SchemaFolder().With("readme.txt", "the operator has not installed schemas yet");
        var plugin = new AesFormatPlugin();
        plugin.Configure(new FormatPluginContext(folder.Path));

        var result = plugin.Serialize(Messages.Request("CC515C", SampleDeclarations.Export()));

        Assert.True(result.Succeeded);
        Assert.Equal(FormatProblemCodes.SchemaAbsent, Assert.Single(result.Warnings).Code);
    }

    [Fact]
    public void With_a_schema_of_the_plugins_structure_valid_messages_pass_without_warning()
    {
        using var folder = new SchemaFolder().WithCopy("Aes", Messages515).WithCopy("Aes", Types);
        var plugin = new AesFormatPlugin();
        plugin.Configure(new FormatPluginContext(folder.Path));
        var amended = SampleDeclarations.Export();
        amended.Mrn = "21DE27364916384836";

        var results = Enumerable.Range(1, 60).Select(seed => plugin.Serialize(Messages.Request("CC515C", ExportDeclarations.Generate(seed))))
            .Append(plugin.Serialize(Messages.Request("CC513C", amended)))
            .Append(plugin.Serialize(Messages.Request("CC514C", amended) with { InvalidationReason = "Błąd w zgłoszeniu" }))
            .ToList();

        Assert.All(results, r =>
        {
            Assert.True(r.Succeeded, string.Join("\n", r.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
            Assert.Empty(r.Warnings);
        });
    }

    [Fact]
    public void A_stricter_schema_turns_violations_into_errors_with_element_paths()
    {
        using var folder = new SchemaFolder()
            .WithCopy("Aes", Messages515)
            .WithCopy("Aes", Types, xsd => xsd
                .Replace("<xs:maxLength value=\"22\"/>", "<xs:maxLength value=\"5\"/>", StringComparison.Ordinal)
                .Replace("<xs:element name=\"descriptionOfGoods\" type=\"Text512\"/>", "<xs:element name=\"descriptionOfGoods\" type=\"Text512\"/><xs:element name=\"cusCode\" type=\"Text17\"/>", StringComparison.Ordinal));
        var plugin = new AesFormatPlugin();
        plugin.Configure(new FormatPluginContext(folder.Path));

        var result = plugin.Serialize(Messages.Request("CC515C", SampleDeclarations.Export()));

        Assert.False(result.Succeeded);
        Assert.All(result.Errors, e => Assert.Equal(FormatProblemCodes.SchemaInvalid, e.Code));
        Assert.Equal(["/CC515C/ExportOperation/LRN", "/CC515C/GoodsShipment/GoodsItem/Commodity/CommodityCode"], result.Errors.Select(e => e.Pointer));
        Assert.DoesNotContain(result.Warnings, w => w.Code == FormatProblemCodes.SchemaAbsent);
    }

    [Fact]
    public void With_schemas_installed_mapping_errors_are_reported_once_in_canonical_terms()
    {
        using var folder = new SchemaFolder().WithCopy("Aes", Messages515).WithCopy("Aes", Types);
        var plugin = new AesFormatPlugin();
        plugin.Configure(new FormatPluginContext(folder.Path));
        var declaration = SampleDeclarations.Export();
        declaration.Offices.Export = null;

        var result = plugin.Serialize(Messages.Request("CC515C", declaration));

        var error = Assert.Single(result.Errors);
        Assert.Equal((FormatProblemCodes.MissingData, "$.offices.export"), (error.Code, error.Pointer));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void Inbound_files_that_break_the_installed_schema_are_read_with_warnings()
    {
        var unchecked_ = Messages.Configured<AesFormatPlugin>().Serialize(Messages.Request("CC515C", SampleDeclarations.Export())).Value!.Content;
        using var folder = new SchemaFolder().WithCopy("Aes", Messages515).WithCopy("Aes", Types, xsd => xsd.Replace("<xs:maxLength value=\"22\"/>", "<xs:maxLength value=\"5\"/>", StringComparison.Ordinal));
        var plugin = new AesFormatPlugin();
        plugin.Configure(new FormatPluginContext(folder.Path));

        var imported = plugin.Import(Messages.Inbound(unchecked_));
        var parsed = plugin.Parse(Messages.Inbound(AesAnswers.Cc528C()));

        Assert.True(imported.Succeeded);
        Assert.Equal("WC/2026/E/0001", imported.Value!.Declaration.Lrn);
        var warning = Assert.Single(imported.Warnings);
        Assert.Equal((FormatProblemCodes.SchemaInvalid, "/CC515C/ExportOperation/LRN"), (warning.Code, warning.Pointer));
        Assert.True(parsed.Succeeded);
        var absent = Assert.Single(parsed.Warnings);
        Assert.Equal(FormatProblemCodes.SchemaAbsent, absent.Code);
        Assert.Contains("do not declare CC528C", absent.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_official_eu_schema_folder_compiles_and_a_message_it_does_not_declare_is_named()
    {
        using var folder = new SchemaFolder();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(WrotaCelne.IntegrationTests.Infrastructure.SharedFiles.Directory, "specs", "ncts-p5"), "*.xsd"))
        {
            File.Copy(file, Path.Combine(folder.Path, Path.GetFileName(file)));
        }

        var plugin = new AesFormatPlugin();
        plugin.Configure(new FormatPluginContext(folder.Path));
        var result = plugin.Serialize(Messages.Request("CC515C", SampleDeclarations.Export()));

        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => e.Message)));
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(FormatProblemCodes.SchemaAbsent, warning.Code);
        Assert.Contains("do not declare CC515C in namespace http://aes.dgtaxud.ec", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("malformed", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"x\"")]
    [InlineData("not a schema", "<html><body>schemas</body></html>")]
    [InlineData("bad type reference", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:element name=\"CC515C\" type=\"NoSuchType\"/></xs:schema>")]
    [InlineData("include not in the folder", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:include schemaLocation=\"http://example.com/remote.xsd\"/></xs:schema>")]
    public void A_broken_folder_is_an_error_value_on_every_call(string what, string xsd)
    {
        using var folder = new SchemaFolder().With("broken.xsd", xsd);
        var plugin = new AesFormatPlugin();

        plugin.Configure(new FormatPluginContext(folder.Path));
        var serialized = plugin.Serialize(Messages.Request("CC515C", SampleDeclarations.Export()));
        var parsed = plugin.Parse(Messages.Inbound(AesAnswers.Cc528C()));
        var imported = plugin.Import(Messages.Inbound(AesAnswers.Cc528C()));

        foreach (var errors in new[] { serialized.Errors, parsed.Errors, imported.Errors })
        {
            var error = Assert.Single(errors);
            Assert.Equal("schema.broken", error.Code);
            Assert.Contains(folder.Path, error.Message, StringComparison.Ordinal);
        }

        Assert.Null(serialized.Value);
        Assert.False(parsed.Succeeded, what);
    }

    [Fact]
    public void A_missing_included_schema_breaks_the_folder_and_fixing_it_works_after_configuring_again()
    {
        using var folder = new SchemaFolder().WithCopy("Aes", Messages515);
        var plugin = new AesFormatPlugin();
        plugin.Configure(new FormatPluginContext(folder.Path));

        var broken = plugin.Serialize(Messages.Request("CC515C", SampleDeclarations.Export()));
        folder.WithCopy("Aes", Types);
        plugin.Configure(new FormatPluginContext(folder.Path));
        var fixedFolder = plugin.Serialize(Messages.Request("CC515C", SampleDeclarations.Export()));

        Assert.Equal("schema.broken", Assert.Single(broken.Errors).Code);
        Assert.True(fixedFolder.Succeeded);
        Assert.Empty(fixedFolder.Warnings);
    }
}
