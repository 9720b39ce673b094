using Net.Pkcs11Interop.Common;
using WrotaCelne.Plugins.Abstractions.Signing;
using WrotaCelne.Plugins.Signing.Pkcs11;
using Xunit;

namespace WrotaCelne.Pkcs11Tests;

/// <summary>Answers of real cards that SoftHSM2 does not give: locked and expired PINs, a removed card.</summary>
public sealed class DeviceAnswerTests
{
    [Fact]
    public void Locked_pin_is_a_device_error_that_says_how_to_unblock_it()
    {
        var problem = Pkcs11Problems.FromLogin(CKR.CKR_PIN_LOCKED);

        Assert.Equal(SigningProblemCodes.DeviceError, problem.Code);
        Assert.Contains("locked", problem.Message, StringComparison.Ordinal);
        Assert.Contains("PUK", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Expired_pin_is_a_device_error()
    {
        var problem = Pkcs11Problems.FromLogin(CKR.CKR_PIN_EXPIRED);

        Assert.Equal(SigningProblemCodes.DeviceError, problem.Code);
        Assert.Contains("expired", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CKR.CKR_PIN_INCORRECT)]
    [InlineData(CKR.CKR_PIN_LEN_RANGE)]
    public void Rejected_pin_is_a_wrong_secret(CKR answer)
    {
        Assert.Equal(SigningProblemCodes.WrongSecret, Pkcs11Problems.FromLogin(answer).Code);
    }

    [Theory]
    [InlineData(CKR.CKR_DEVICE_REMOVED)]
    [InlineData(CKR.CKR_TOKEN_NOT_PRESENT)]
    public void Removed_card_while_signing_is_key_not_found(CKR answer)
    {
        Assert.Equal(SigningProblemCodes.KeyNotFound, Pkcs11Problems.FromOperation("sign", answer).Code);
    }

    [Fact]
    public void Other_device_failures_are_device_errors_naming_the_answer()
    {
        var problem = Pkcs11Problems.FromOperation("sign", CKR.CKR_DEVICE_MEMORY);

        Assert.Equal(SigningProblemCodes.DeviceError, problem.Code);
        Assert.Contains(nameof(CKR.CKR_DEVICE_MEMORY), problem.Message, StringComparison.Ordinal);
    }
}
