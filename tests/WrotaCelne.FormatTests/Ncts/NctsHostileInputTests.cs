using System.Text;
using WrotaCelne.FormatTests.Xml;
using WrotaCelne.Plugins.Abstractions.Formats;
using Xunit;

namespace WrotaCelne.FormatTests.Ncts;

/// <summary>Hostile and foreign content for Parse and Import: an error value with the right code, never an exception.</summary>
public sealed class NctsHostileInputTests
{
    public static TheoryData<string, string> Kinds => new()
    {
        { "external entity", FormatProblemCodes.DtdProhibited },
        { "billion laughs", FormatProblemCodes.DtdProhibited },
        { "deep nesting", FormatProblemCodes.TooDeep },
        { "100 MB", FormatProblemCodes.TooLarge },
        { "wrong namespace", FormatProblemCodes.UnexpectedRoot },
        { "malformed", FormatProblemCodes.Malformed },
        { "empty", FormatProblemCodes.Malformed },
    };

    [Fact]
    public void Every_hostile_kind_is_covered()
    {
        Assert.Equal(HostileXml.Kinds.Order(StringComparer.Ordinal), Kinds.Select(k => (string)k[0]).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Parse_refuses_hostile_input(string kind, string code)
    {
        var result = NctsRequests.Plugin.Parse(NctsRequests.Inbound(HostileXml.Make(kind, "CC028C")));

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.Equal(code, Assert.Single(result.Errors).Code);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Import_refuses_hostile_input(string kind, string code)
    {
        var result = NctsRequests.Plugin.Import(NctsRequests.Inbound(HostileXml.Make(kind, "CC015C")));

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.Equal(code, Assert.Single(result.Errors).Code);
    }

    [Theory]
    [InlineData("CC004C")]
    [InlineData("CC015C")]
    [InlineData("CC170C")]
    public void Parse_answers_not_supported_for_an_NCTS_message_that_is_not_an_answer(string type)
    {
        var content = NctsAnswers.Message(type, $"<TransitOperation><LRN>{NctsAnswers.Lrn}</LRN></TransitOperation>");

        var result = NctsRequests.Plugin.Parse(NctsRequests.Inbound(content));

        Assert.Equal(FormatProblemCodes.NotSupported, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void Import_answers_not_supported_for_an_answer()
    {
        var result = NctsRequests.Plugin.Import(NctsRequests.Inbound(NctsAnswers.Cc028c()));

        Assert.Equal(FormatProblemCodes.NotSupported, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void A_message_of_another_system_is_an_unexpected_root()
    {
        var content = Encoding.UTF8.GetBytes("<ie:CC515C xmlns:ie=\"http://www.ibm.com/CC515C\"><messageSender>x</messageSender></ie:CC515C>");

        Assert.Equal(FormatProblemCodes.UnexpectedRoot, Assert.Single(NctsRequests.Plugin.Parse(NctsRequests.Inbound(content)).Errors).Code);
        Assert.Equal(FormatProblemCodes.UnexpectedRoot, Assert.Single(NctsRequests.Plugin.Import(NctsRequests.Inbound(content)).Errors).Code);
    }

    [Fact]
    public void Null_input_is_an_error_value_too()
    {
        Assert.False(NctsRequests.Plugin.Parse(null!).Succeeded);
        Assert.False(NctsRequests.Plugin.Import(null!).Succeeded);
        Assert.False(NctsRequests.Plugin.Serialize(null!).Succeeded);
    }
}
