using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;
using WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

namespace WrotaCelne.SigningTests;

/// <summary>SigningCertificateV2's IssuerSerialV2, read back with an ASN.1 reader, and what the verifier does with it.</summary>
public sealed class SigningCertificateTests
{
    private static readonly Asn1Tag DirectoryName = new(TagClass.ContextSpecific, 4, isConstructed: true);

    [Fact]
    public void IssuerSerialV2_holds_the_certificates_issuer_and_serial_number_in_DER()
    {
        using var key = TestKeys.Open(TestKeys.Rsa2048);
        var document = SignedDocuments.Load(SignedDocuments.RsaSigned);
        var text = SignedDocuments.Select(document, SignedDocuments.Names(document), "//xades:IssuerSerialV2").InnerText;

        var reader = new AsnReader(Convert.FromBase64String(text), AsnEncodingRules.DER);
        var issuerSerial = reader.ReadSequence();
        var generalNames = issuerSerial.ReadSequence();
        var directoryName = generalNames.ReadSequence(DirectoryName);
        var issuer = new X500DistinguishedName(directoryName.ReadEncodedValue().ToArray());
        var serial = issuerSerial.ReadIntegerBytes().ToArray();

        Assert.False(reader.HasData || issuerSerial.HasData || generalNames.HasData || directoryName.HasData);
        Assert.Equal(key.Certificate.IssuerName.RawData, issuer.RawData);
        Assert.Equal(key.Certificate.SerialNumberBytes.ToArray(), serial);
        Assert.Equal(0x00, serial[0]);
    }

    [Fact]
    public void An_IssuerSerialV2_of_another_certificate_is_refused()
    {
        using var other = TestKeys.Open(TestKeys.EcP256);
        var otherSigned = SignedDocuments.Load(SignedDocuments.Sign(other, SampleMessages.Cc015c(1)));
        var otherIssuerSerial = SignedDocuments.Select(otherSigned, SignedDocuments.Names(otherSigned), "//xades:IssuerSerialV2").InnerText;
        var swapped = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
            SignedDocuments.Select(document, names, "//xades:IssuerSerialV2").InnerText = otherIssuerSerial);

        var verification = XadesVerifier.Verify(swapped);

        Assert.Equal([SignatureProblemCodes.CertificateMismatch], verification.Problems.Select(p => p.Code));
    }
}
