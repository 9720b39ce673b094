using WrotaCelne.Modules.Accounts.Domain;
using WrotaCelne.Modules.Declarations.Domain;
using Nip = WrotaCelne.Modules.Accounts.Domain.Nip;
using Xunit;

namespace WrotaCelne.IntegrationTests.Modules;

public sealed class IdentifierTests
{
    [Theory]
    [InlineData("5260250274", true)]
    [InlineData("7740001454", true)]
    [InlineData("5260250275", false)]
    [InlineData("526025027", false)]
    [InlineData("52602502741", false)]
    [InlineData("52602502a4", false)]
    [InlineData("1234567890", false)] // check sum 10 is never valid
    public void Nip_check_digit(string nip, bool valid) => Assert.Equal(valid, Nip.IsValid(nip));

    [Theory]
    [InlineData("526-025-02-74", "5260250274")]
    [InlineData("PL 526 025 02 74", "5260250274")]
    public void Nip_is_normalized_from_how_people_type_it(string typed, string expected) => Assert.Equal(expected, Nip.Normalize(typed));

    [Theory]
    [InlineData("PL526025027400000", true)]
    [InlineData("DE123456789012345", true)]
    [InlineData("PL5260250274000001", false)]
    [InlineData("pl5260250274", false)]
    [InlineData("P5260250274", false)]
    public void Eori_format(string eori, bool valid) => Assert.Equal(valid, Eori.IsValid(eori));

    [Fact]
    public void Polish_eori_is_pl_nip_and_five_zeros() => Assert.Equal("PL526025027400000", Eori.SuggestPolish("5260250274"));

    [Theory]
    [InlineData("2026/PL/000001", true)]
    [InlineData("A", true)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUV", true)]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVW", false)]
    [InlineData("/2026", false)]
    [InlineData("LRN 1", false)]
    [InlineData("", false)]
    public void Lrn_format(string lrn, bool valid) => Assert.Equal(valid, Lrn.IsValid(lrn));
}
