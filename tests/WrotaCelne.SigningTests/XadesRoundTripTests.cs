using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using WrotaCelne.BuildingBlocks.Infrastructure.Signatures;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.SigningTests;

/// <summary>Signatures made with key-file keys verify with the platform's verifier and with xmlsec1.</summary>
public sealed class XadesRoundTripTests
{
    public static TheoryData<string> Keys => ["rsa2048", "rsa3072", "ecP256", "ecP384"];

    [Theory]
    [MemberData(nameof(Keys))]
    public void A_signed_200_item_CC015C_verifies_with_our_verifier_and_with_xmlsec1(string keyName)
    {
        var message = SampleMessages.Cc015c(200);
        using var key = TestKeys.Open(KeyFile(keyName));
        var signed = SignedDocuments.Sign(key, message);

        var verification = XadesVerifier.Verify(signed);
        Assert.True(verification.IsValid, Describe(verification));
        Assert.Equal(key.Certificate.RawData, verification.SignerCertificate!.RawData);
        Assert.Equal(SignedDocuments.SigningTime, verification.SigningTime);
        Assert.Equal(ExclusiveCanonicalDigest(message), verification.SignedContentDigest);

        var (verified, output) = Xmlsec1.Verify(signed, key.Certificate);
        Assert.True(verified, output);
        Assert.Contains("SignedInfo References (ok/all): 2/2", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void The_signature_is_the_last_child_of_the_root_with_the_profile_algorithms(string keyName)
    {
        using var key = TestKeys.Open(KeyFile(keyName));
        var document = SignedDocuments.Load(SignedDocuments.Sign(key, SampleMessages.Cc015c(2)));
        var names = SignedDocuments.Names(document);

        var signature = Assert.IsType<System.Xml.XmlElement>(document.DocumentElement!.LastChild);
        Assert.Equal(("Signature", SignedDocuments.Dsig), (signature.LocalName, signature.NamespaceURI));
        Assert.Equal(key.SignatureMethod, SignedDocuments.Select(document, names, "//ds:SignatureMethod").GetAttribute("Algorithm"));
        Assert.Equal(SignedXml.XmlDsigExcC14NTransformUrl, SignedDocuments.Select(document, names, "//ds:CanonicalizationMethod").GetAttribute("Algorithm"));
        var references = document.SelectNodes("//ds:SignedInfo/ds:Reference", names)!.Cast<System.Xml.XmlElement>().ToList();
        Assert.Equal(2, references.Count);
        Assert.Equal(string.Empty, references[0].GetAttribute("URI"));
        Assert.Equal("http://uri.etsi.org/01903#SignedProperties", references[1].GetAttribute("Type"));
        var qualifying = SignedDocuments.Select(document, names, "//ds:Object/xades:QualifyingProperties");
        Assert.Equal("#" + signature.GetAttribute("Id"), qualifying.GetAttribute("Target"));
        Assert.Equal(
            Convert.ToBase64String(SHA256.HashData(key.Certificate.RawData)),
            SignedDocuments.Select(document, names, "//xades:SigningCertificateV2/xades:Cert/xades:CertDigest/ds:DigestValue").InnerText);
        Assert.Equal("2026-06-01T08:31:02Z", SignedDocuments.Select(document, names, "//xades:SigningTime").InnerText);
    }

    [Theory]
    [InlineData("rsa2048", "<descriptionOfGoods>Części zamienne", 20)]
    [InlineData("rsa2048", "<shippingMarks>WC/0002", 18)]
    [InlineData("rsa2048", "<xades:SigningTime>2026-06-01T08:31:02Z", 30)]
    [InlineData("rsa2048", "<SignatureValue>", 40)]
    [InlineData("ecP256", "<grossMass>13.5", 11)]
    [InlineData("ecP256", "<xades:SigningTime>2026-06-01T08:31:02Z", 33)]
    [InlineData("ecP256", "<SignatureValue>", 20)]
    public void A_corrupted_byte_in_the_signed_content_is_refused_by_both_verifiers(string keyName, string marker, int offset)
    {
        using var key = TestKeys.Open(KeyFile(keyName));
        var signed = SignedDocuments.Sign(key, SampleMessages.Cc015c(3));
        Assert.True(XadesVerifier.Verify(signed).IsValid);
        var corrupted = SignedDocuments.Corrupt(signed, marker, offset);

        var verification = XadesVerifier.Verify(corrupted);
        Assert.Equal([SignatureProblemCodes.Invalid], verification.Problems.Select(p => p.Code));
        var (verified, output) = Xmlsec1.Verify(corrupted, key.Certificate);
        Assert.False(verified, output);
    }

    [Theory]
    [MemberData(nameof(CanonicalizationEdgeCases.Documents), MemberType = typeof(CanonicalizationEdgeCases))]
    public void Content_SignedXml_canonicalized_differently_is_signed_as_xmlsec1_reads_it(string xml)
    {
        using var key = TestKeys.Open(TestKeys.Rsa2048);
        var signed = SignedDocuments.Sign(key, System.Text.Encoding.UTF8.GetBytes(xml));

        Assert.True(XadesVerifier.Verify(signed).IsValid);
        var (verified, output) = Xmlsec1.Verify(signed, key.Certificate);
        Assert.True(verified, output);
    }

    [Fact]
    public void Xmlsec1_refuses_the_signature_when_another_certificate_is_the_trusted_one()
    {
        var signed = SignedDocuments.RsaSigned;
        using var other = TestKeys.Open(TestKeys.Rsa3072);
        using var signer = TestKeys.Open(TestKeys.Rsa2048);

        Assert.True(Xmlsec1.Verify(signed, signer.Certificate).Verified);
        Assert.False(Xmlsec1.Verify(signed, other.Certificate).Verified);
    }

    [Fact]
    public void A_key_that_fails_to_sign_gives_its_error_values_not_an_exception()
    {
        using var key = TestKeys.Open(TestKeys.EcP256);
        using var failing = new FailingKey(key);

        var result = XadesSigner.Sign(SampleMessages.Cc015c(1), failing, SignedDocuments.SigningTime);

        Assert.False(result.Succeeded);
        Assert.Equal([SigningProblemCodes.DeviceError], result.Errors.Select(e => e.Code));
    }

    [Theory]
    [InlineData(SignatureMethods.RsaSha256)]
    [InlineData(SignatureMethods.EcdsaSha256)]
    public void A_key_whose_certificate_holds_the_other_kind_of_key_is_refused(string claimedMethod)
    {
        using var key = TestKeys.Open(claimedMethod == SignatureMethods.RsaSha256 ? TestKeys.EcP256 : TestKeys.Rsa2048);
        using var mislabelled = new MislabelledKey(key, claimedMethod);

        var result = XadesSigner.Sign(SampleMessages.Cc015c(1), mislabelled, SignedDocuments.SigningTime);

        Assert.Equal([SigningProblemCodes.UnsupportedKey], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void Malformed_input_is_not_signed()
    {
        using var key = TestKeys.Open(TestKeys.EcP256);

        var result = XadesSigner.Sign("<CC015C><unclosed></CC015C>"u8.ToArray(), key, SignedDocuments.SigningTime);

        Assert.Equal([SignatureProblemCodes.MalformedXml], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void A_UTF16_document_comes_back_signed_in_UTF8_with_its_declaration_saying_so()
    {
        using var key = TestKeys.Open(TestKeys.Rsa2048);
        var text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n<CC015C xmlns=\"http://ncts.dgtaxud.ec\"><city>Łódź</city></CC015C>";
        var utf16 = System.Text.Encoding.Unicode.GetPreamble().Concat(System.Text.Encoding.Unicode.GetBytes(text)).ToArray();

        var signed = SignedDocuments.Sign(key, utf16);

        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", System.Text.Encoding.UTF8.GetString(signed), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<city>Łódź</city>", System.Text.Encoding.UTF8.GetString(signed), StringComparison.Ordinal);
        Assert.True(XadesVerifier.Verify(signed).IsValid);
        var (verified, output) = Xmlsec1.Verify(signed, key.Certificate);
        Assert.True(verified, output);
    }

    [Fact]
    public void Input_with_a_DTD_is_not_signed()
    {
        using var key = TestKeys.Open(TestKeys.EcP256);
        var hostile = "<?xml version=\"1.0\"?><!DOCTYPE CC015C [<!ENTITY xxe SYSTEM \"file:///etc/hostname\">]><CC015C>&xxe;</CC015C>"u8.ToArray();

        var result = XadesSigner.Sign(hostile, key, SignedDocuments.SigningTime);

        Assert.Equal([SignatureProblemCodes.MalformedXml], result.Errors.Select(e => e.Code));
    }

    private static byte[] KeyFile(string name) => name switch
    {
        "rsa2048" => TestKeys.Rsa2048,
        "rsa3072" => TestKeys.Rsa3072,
        "ecP384" => TestKeys.EcP384,
        _ => TestKeys.EcP256,
    };

    private static byte[] ExclusiveCanonicalDigest(byte[] message)
    {
        var transform = new XmlDsigExcC14NTransform();
        transform.LoadInput(SignedDocuments.Load(message));
        return transform.GetDigestedOutput(SHA256.Create());
    }

    private static string Describe(XadesVerification verification) =>
        string.Join("; ", verification.Problems.Select(p => p.Code + ": " + p.Message));

    private sealed class MislabelledKey(ISigningKey inner, string signatureMethod) : ISigningKey
    {
        public System.Security.Cryptography.X509Certificates.X509Certificate2 Certificate => inner.Certificate;

        public string SignatureMethod => signatureMethod;

        public SigningResult<byte[]> SignDigest(ReadOnlyMemory<byte> sha256Digest) => inner.SignDigest(sha256Digest);

        public void Dispose()
        {
        }
    }

    private sealed class FailingKey(ISigningKey inner) : ISigningKey
    {
        public System.Security.Cryptography.X509Certificates.X509Certificate2 Certificate => inner.Certificate;

        public string SignatureMethod => inner.SignatureMethod;

        public SigningResult<byte[]> SignDigest(ReadOnlyMemory<byte> sha256Digest) =>
            SigningResult.Failure<byte[]>(new SigningProblem(SigningProblemCodes.DeviceError, "The card was removed."));

        public void Dispose()
        {
        }
    }
}
