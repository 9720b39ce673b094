using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using WrotaCelne.BuildingBlocks.Infrastructure.Signatures;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.SigningTests;

/// <summary>
/// Documents signed by another implementation (xmlsec1, from a template written the way other XAdES tools write
/// them: ds: prefixes, indentation inside the signature) verify with the platform's verifier, as gateway answers must.
/// </summary>
public sealed class ForeignSignatureTests
{
    private const string ExclusiveC14n = "http://www.w3.org/2001/10/xml-exc-c14n#";
    private const string InclusiveC14n = "http://www.w3.org/TR/2001/REC-xml-c14n-20010315";

    [Theory]
    [InlineData(SignatureMethods.RsaSha256)]
    [InlineData(SignatureMethods.EcdsaSha256)]
    public void A_XAdES_signature_made_by_xmlsec1_verifies(string method)
    {
        using var certificate = method == SignatureMethods.RsaSha256 ? TestKeys.Rsa(2048) : TestKeys.Ec(ECCurve.NamedCurves.nistP256);
        var signed = Xmlsec1.Sign(Template(method, certificate), PrivateKeyPem(certificate), certificate);

        var verification = XadesVerifier.Verify(signed);

        Assert.True(verification.IsValid, string.Join("; ", verification.Problems.Select(p => p.Code + ": " + p.Message)));
        Assert.Equal(certificate.RawData, verification.SignerCertificate!.RawData);
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 10, 0, 0, TimeSpan.FromHours(2)), verification.SigningTime);
    }

    [Theory]
    [InlineData(InclusiveC14n, null)]
    [InlineData(null, null)]
    [InlineData(ExclusiveC14n, "x #default")]
    public void A_signature_writing_the_roots_namespaces_into_the_signed_parts_made_by_xmlsec1_verifies(string? canonicalization, string? prefixList)
    {
        using var certificate = TestKeys.Rsa(2048);
        // The root's namespaces (and xml:lang) are in scope of SignedInfo and SignedProperties, so inclusive C14N
        // writes them there, and exclusive C14N those in the prefix list.
        var message = "<r:CC015C xmlns:r=\"http://ncts.dgtaxud.ec\" xmlns=\"urn:default\" xmlns:x=\"urn:x\" xml:lang=\"pl\"><LRN>PL26WC0000000001</LRN>\n</r:CC015C>";
        var signed = Xmlsec1.Sign(Template(SignatureMethods.RsaSha256, certificate, message, canonicalization, prefixList), PrivateKeyPem(certificate), certificate);

        var verification = XadesVerifier.Verify(signed);

        Assert.True(verification.IsValid, string.Join("; ", verification.Problems.Select(p => p.Code + ": " + p.Message)));
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(signed).Replace("PL26WC0000000001", "PL26WC0000000002", StringComparison.Ordinal));
        Assert.Equal([SignatureProblemCodes.Invalid], XadesVerifier.Verify(changed).Problems.Select(p => p.Code));
    }

    [Theory]
    [MemberData(nameof(CanonicalizationEdgeCases.Documents), MemberType = typeof(CanonicalizationEdgeCases))]
    public void A_signature_xmlsec1_makes_over_content_SignedXml_canonicalized_differently_verifies(string message)
    {
        using var certificate = TestKeys.Rsa(2048);
        var signed = Xmlsec1.Sign(Template(SignatureMethods.RsaSha256, certificate, message), PrivateKeyPem(certificate), certificate);

        var verification = XadesVerifier.Verify(signed);

        Assert.True(verification.IsValid, string.Join("; ", verification.Problems.Select(p => p.Code + ": " + p.Message)));
    }

    [Fact]
    public void A_xmlsec1_signature_over_changed_content_is_refused()
    {
        using var certificate = TestKeys.Rsa(2048);
        var signed = Xmlsec1.Sign(Template(SignatureMethods.RsaSha256, certificate), PrivateKeyPem(certificate), certificate);
        var changed = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(signed).Replace("PL26WC0000000001", "PL26WC0000000002", StringComparison.Ordinal));

        Assert.Equal([SignatureProblemCodes.Invalid], XadesVerifier.Verify(changed).Problems.Select(p => p.Code));
    }

    private static string PrivateKeyPem(X509Certificate2 certificate) =>
        ((AsymmetricAlgorithm?)certificate.GetRSAPrivateKey() ?? certificate.GetECDsaPrivateKey()!).ExportPkcs8PrivateKeyPem();

    /// <summary>
    /// <paramref name="message"/> (CC015C by default) with a signature template before the root's end tag;
    /// <paramref name="canonicalization"/> for SignedInfo and both references, none meaning no canonicalization
    /// transform in the references (inclusive C14N by default) and inclusive C14N for SignedInfo; an exclusive
    /// C14N's InclusiveNamespaces <paramref name="prefixList"/>.
    /// </summary>
    private static byte[] Template(string method, X509Certificate2 certificate, string? message = null, string? canonicalization = ExclusiveC14n, string? prefixList = null)
    {
        message ??= Encoding.UTF8.GetString(SampleMessages.Cc015c(4));
        var digest = Convert.ToBase64String(SHA256.HashData(certificate.RawData));
        var inclusive = prefixList is null ? string.Empty : $"""<ec:InclusiveNamespaces xmlns:ec="{ExclusiveC14n}" PrefixList="{prefixList}"/>""";
        var transform = canonicalization is null ? string.Empty : $"""<ds:Transform Algorithm="{canonicalization}">{inclusive}</ds:Transform>""";
        var propertiesTransforms = canonicalization is null ? string.Empty : $"""<ds:Transforms>{transform}</ds:Transforms>""";
        var signature = $"""
            <ds:Signature xmlns:ds="http://www.w3.org/2000/09/xmldsig#" Id="sig-1">
              <ds:SignedInfo>
                <ds:CanonicalizationMethod Algorithm="{canonicalization ?? InclusiveC14n}">{inclusive}</ds:CanonicalizationMethod>
                <ds:SignatureMethod Algorithm="{method}"/>
                <ds:Reference URI="">
                  <ds:Transforms>
                    <ds:Transform Algorithm="http://www.w3.org/2000/09/xmldsig#enveloped-signature"/>
                    {transform}
                  </ds:Transforms>
                  <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
                  <ds:DigestValue/>
                </ds:Reference>
                <ds:Reference URI="#sig-1-props" Type="http://uri.etsi.org/01903#SignedProperties">
                  {propertiesTransforms}
                  <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
                  <ds:DigestValue/>
                </ds:Reference>
              </ds:SignedInfo>
              <ds:SignatureValue/>
              <ds:KeyInfo>
                <ds:X509Data/>
              </ds:KeyInfo>
              <ds:Object>
                <xades:QualifyingProperties xmlns:xades="http://uri.etsi.org/01903/v1.3.2#" Target="#sig-1">
                  <xades:SignedProperties Id="sig-1-props">
                    <xades:SignedSignatureProperties>
                      <xades:SigningTime>2026-06-02T10:00:00+02:00</xades:SigningTime>
                      <xades:SigningCertificateV2>
                        <xades:Cert>
                          <xades:CertDigest>
                            <ds:DigestMethod Algorithm="http://www.w3.org/2001/04/xmlenc#sha256"/>
                            <ds:DigestValue>{digest}</ds:DigestValue>
                          </xades:CertDigest>
                        </xades:Cert>
                      </xades:SigningCertificateV2>
                    </xades:SignedSignatureProperties>
                  </xades:SignedProperties>
                </xades:QualifyingProperties>
              </ds:Object>
            </ds:Signature>

            """;
        var end = message.LastIndexOf("</", StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(message.Insert(end, signature));
    }
}
