using System.Security.Cryptography;
using WrotaCelne.Plugins.Abstractions.Signing;
using Xunit;

namespace WrotaCelne.Pkcs11Tests;

/// <summary>What goes wrong comes back as a problem code, never as an exception.</summary>
[Collection(SoftHsmCollection.Name)]
public sealed class ProblemTests(SoftHsmToken token)
{
    [Fact]
    public void Wrong_pin_is_refused_by_the_token()
    {
        // The idle token has no open key, so the token itself checks the PIN (CKR_PIN_INCORRECT).
        var opened = token.Provider.OpenKey(SoftHsmToken.Request("idle-signer", pin: "000000", tokenLabel: SoftHsmToken.IdleTokenLabel));

        AssertProblem(SigningProblemCodes.WrongSecret, opened);
    }

    [Fact]
    public void Right_pin_opens_the_idle_token_after_a_wrong_one()
    {
        AssertProblem(SigningProblemCodes.WrongSecret, token.Provider.OpenKey(SoftHsmToken.Request("idle-signer", pin: "999999", tokenLabel: SoftHsmToken.IdleTokenLabel)));

        var opened = token.Provider.OpenKey(SoftHsmToken.Request("idle-signer", tokenLabel: SoftHsmToken.IdleTokenLabel));

        Assert.True(opened.Succeeded, SigningTests.Describe(opened.Errors));
        opened.Value!.Dispose();
    }

    [Fact]
    public void Wrong_pin_is_refused_while_another_key_keeps_the_token_logged_in()
    {
        var first = token.Provider.OpenKey(SoftHsmToken.Request(token.Rsa.Label));
        Assert.True(first.Succeeded, SigningTests.Describe(first.Errors));
        using var open = first.Value!;

        AssertProblem(SigningProblemCodes.WrongSecret, token.Provider.OpenKey(SoftHsmToken.Request(token.Ec.Label, pin: "000000")));
        AssertProblem(SigningProblemCodes.WrongSecret, token.Provider.OpenKey(SoftHsmToken.Request(token.Ec.Label, pin: null)));
        var rightPin = token.Provider.OpenKey(SoftHsmToken.Request(token.Ec.Label));
        Assert.True(rightPin.Succeeded, SigningTests.Describe(rightPin.Errors));
        rightPin.Value!.Dispose();
    }

    [Fact]
    public void Guessing_the_pin_of_a_token_in_use_stops_after_three_wrong_tries()
    {
        var first = token.Provider.OpenKey(SoftHsmToken.Request(token.Rsa.Label));
        Assert.True(first.Succeeded, SigningTests.Describe(first.Errors));
        using (first.Value!)
        {
            for (var i = 0; i < 3; i++)
            {
                AssertProblem(SigningProblemCodes.WrongSecret, token.Provider.OpenKey(SoftHsmToken.Request(token.Ec.Label, pin: $"00000{i}")));
            }

            AssertProblem(SigningProblemCodes.DeviceError, token.Provider.OpenKey(SoftHsmToken.Request(token.Ec.Label, pin: "000009")));
            AssertProblem(SigningProblemCodes.DeviceError, token.Provider.OpenKey(SoftHsmToken.Request(token.Ec.Label)));
        }

        // With no key open the next login goes to the token again, and the right PIN opens the key.
        var again = token.Provider.OpenKey(SoftHsmToken.Request(token.Ec.Label));
        Assert.True(again.Succeeded, SigningTests.Describe(again.Errors));
        again.Value!.Dispose();
    }

    [Fact]
    public void Missing_pin_is_a_wrong_secret()
    {
        AssertProblem(SigningProblemCodes.WrongSecret, token.Provider.OpenKey(SoftHsmToken.Request("idle-signer", pin: null, tokenLabel: SoftHsmToken.IdleTokenLabel)));
    }

    [Fact]
    public void Unknown_token_label_is_key_not_found()
    {
        AssertProblem(SigningProblemCodes.KeyNotFound, token.Provider.OpenKey(SoftHsmToken.Request(token.Rsa.Label, tokenLabel: "no-such-token")));
    }

    [Fact]
    public void Unknown_key_label_is_key_not_found()
    {
        AssertProblem(SigningProblemCodes.KeyNotFound, token.Provider.OpenKey(SoftHsmToken.Request("no-such-key")));
    }

    [Fact]
    public void Key_without_certificate_is_key_not_found()
    {
        AssertProblem(SigningProblemCodes.KeyNotFound, token.Provider.OpenKey(SoftHsmToken.Request(token.WithoutCertificate.Label)));
    }

    [Fact]
    public void Certificate_of_another_key_is_refused()
    {
        AssertProblem(SigningProblemCodes.BadSettings, token.Provider.OpenKey(SoftHsmToken.Request(token.Mismatched.Label)));
    }

    [Fact]
    public void Wrong_module_path_is_bad_settings()
    {
        var missing = Path.Combine(Path.GetTempPath(), "no-such-dir", "libnothing.so");
        AssertProblem(SigningProblemCodes.BadSettings, token.Provider.OpenKey(SoftHsmToken.Request(token.Rsa.Label, modulePath: missing)));
    }

    [Fact]
    public void A_file_that_is_no_pkcs11_library_is_bad_settings()
    {
        var notALibrary = Path.Combine(Path.GetTempPath(), $"wc-not-a-module-{Guid.NewGuid():N}.so");
        File.WriteAllText(notALibrary, "not a shared object");
        try
        {
            AssertProblem(SigningProblemCodes.BadSettings, token.Provider.OpenKey(SoftHsmToken.Request(token.Rsa.Label, modulePath: notALibrary)));
        }
        finally
        {
            File.Delete(notALibrary);
        }
    }

    [Theory]
    [InlineData("modulePath")]
    [InlineData("tokenLabel")]
    [InlineData("keyLabel")]
    public void Missing_setting_is_bad_settings(string setting)
    {
        var request = SoftHsmToken.Request(token.Rsa.Label);
        var settings = request.Settings.Where(s => s.Key != setting).ToDictionary();

        var opened = token.Provider.OpenKey(request with { Settings = settings });

        AssertProblem(SigningProblemCodes.BadSettings, opened);
        Assert.Contains(setting, opened.Errors[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Closed_key_returns_an_error_instead_of_signing()
    {
        var opened = token.Provider.OpenKey(SoftHsmToken.Request(token.Rsa.Label));
        Assert.True(opened.Succeeded, SigningTests.Describe(opened.Errors));
        var key = opened.Value!;
        key.Dispose();

        var signed = key.SignDigest(SHA256.HashData("too late"u8));

        Assert.False(signed.Succeeded);
        Assert.Null(signed.Value);
        Assert.Equal(SigningProblemCodes.DeviceError, Assert.Single(signed.Errors).Code);
        key.Dispose();
    }

    [Fact]
    public void Digest_of_the_wrong_length_is_not_signed()
    {
        var opened = token.Provider.OpenKey(SoftHsmToken.Request(token.Ec.Label));
        Assert.True(opened.Succeeded, SigningTests.Describe(opened.Errors));
        using var key = opened.Value!;

        var signed = key.SignDigest(SHA1.HashData("sha-1 is refused"u8));

        Assert.Equal(SigningProblemCodes.NotSupported, Assert.Single(signed.Errors).Code);
    }

    private static void AssertProblem(string code, SigningResult<ISigningKey> result)
    {
        result.Value?.Dispose();
        Assert.False(result.Succeeded);
        Assert.Equal(code, Assert.Single(result.Errors).Code);
    }
}
