using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using WrotaCelne.FormatTests.Generation;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Xml;
using WrotaCelne.Plugins.Formats.Ncts.Declaration;
using Xunit;

namespace WrotaCelne.FormatTests.Ncts;

/// <summary>
/// The error-pointer map agrees with the writer: for every value in generated CC015C messages, the canonical path the
/// map gives for the value's element path holds that same value in the declaration it was written from.
/// </summary>
public sealed partial class NctsErrorPointerMapTests
{
    [Fact]
    public void Every_mapped_element_points_at_the_canonical_value_it_was_written_from()
    {
        var generator = new TransitDeclarationGenerator(seed: 4242);
        var mapped = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; n < 60; n++)
        {
            var declaration = generator.Next();
            var json = JsonNode.Parse(DeclarationJson.Serialize(declaration))!;
            var content = NctsRequests.Plugin.Serialize(NctsRequests.Request("CC015C", declaration)).Value!.Content;
            foreach (var leaf in XDocument.Parse(Encoding.UTF8.GetString(content)).Descendants().Where(e => !e.HasElements))
            {
                var pointer = ElementPath.Of(leaf);
                if (ErrorPointerMap.ToFieldPath(pointer) is not { } path)
                {
                    continue;
                }

                mapped.Add(Indexes().Replace(path, "[*]"));
                var value = Navigate(json, path);
                Assert.True(value is not null, $"{pointer} maps to {path}, which is empty");
                var text = value switch
                {
                    JsonValue v when v.TryGetValue<bool>(out var flag) => flag ? "1" : "0",
                    JsonValue v when v.TryGetValue<string>(out var s) => s.Trim(),
                    _ => value.ToJsonString(),
                };
                if (path.EndsWith(".commodityCode", StringComparison.Ordinal))
                {
                    Assert.Contains(leaf.Value, text, StringComparison.Ordinal);
                }
                else
                {
                    Assert.True(text == leaf.Value, $"{pointer} = \"{leaf.Value}\" but {path} = \"{text}\"");
                }
            }
        }

        Assert.True(mapped.Count > 60, $"only {mapped.Count} paths were exercised");
        Assert.Contains("$.items[*].packages[*].kind", mapped);
        Assert.Contains("$.consignment.transportEquipment[*].seals[*]", mapped);
        Assert.Contains("$.guarantees[*].grn", mapped);
    }

    [Theory]
    [InlineData("/CC015C/Consignment/HouseConsignment[2]/ConsignmentItem[1]/Commodity/descriptionOfGoods")]
    [InlineData("/CC015C/Consignment/Foo")]
    [InlineData("/CC999C/TransitOperation/LRN")]
    [InlineData("CC015C")]
    [InlineData("/CC015C/Guarantee[0]/GuaranteeType")]
    [InlineData("")]
    public void A_pointer_the_map_does_not_know_has_no_field_path(string pointer)
    {
        Assert.Null(ErrorPointerMap.ToFieldPath(pointer));
    }

    [Theory]
    [InlineData("/CC013C/TransitOperation/MRN", "$.mrn")]
    [InlineData("CC015C/Guarantee[3]/GuaranteeType", "$.guarantees[2].type")]
    [InlineData("/CC015C/Consignment/HouseConsignment[1]/ConsignmentItem[12]/SupportingDocument[3]/referenceNumber", "$.items[11].supportingDocuments[2].referenceNumber")]
    public void Known_pointers_with_or_without_their_first_index(string pointer, string path)
    {
        Assert.Equal(path, ErrorPointerMap.ToFieldPath(pointer));
    }

    private static JsonNode? Navigate(JsonNode root, string path)
    {
        JsonNode? node = root;
        foreach (Match part in Parts().Matches(path))
        {
            node = part.Groups["name"].Success
                ? node?[part.Groups["name"].Value]
                : node is JsonArray array && int.Parse(part.Groups["index"].Value, CultureInfo.InvariantCulture) is var i && i < array.Count ? array[i] : null;
        }

        return node;
    }

    [GeneratedRegex(@"\.(?<name>[A-Za-z]+)|\[(?<index>[0-9]+)\]")]
    private static partial Regex Parts();

    [GeneratedRegex(@"\[[0-9]+\]")]
    private static partial Regex Indexes();
}
