using System.Security.Cryptography;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

namespace WrotaCelne.SigningTests;

/// <summary>What the verifier refuses in inbound signed documents, and with which code.</summary>
public sealed class XadesVerifierRefusalTests
{
    private const string ContentReference = "//ds:SignedInfo/ds:Reference[@URI='']";

    [Fact]
    public void The_untouched_document_verifies()
    {
        Assert.True(XadesVerifier.Verify(SignedDocuments.RsaSigned).IsValid);
    }

    [Fact]
    public void A_signed_document_put_under_a_new_root_beside_forged_content_is_refused()
    {
        var wrapped = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, _) =>
        {
            var original = document.DocumentElement!;
            var wrapper = document.CreateElement("ncts", "CC015C", "http://ncts.dgtaxud.ec");
            wrapper.AppendChild(document.CreateElement("LRN"))!.InnerText = "PL26FORGED000001";
            document.ReplaceChild(wrapper, original);
            wrapper.AppendChild(original);
        });

        AssertRefused(wrapped, SignatureProblemCodes.Invalid);
    }

    [Fact]
    public void Signed_content_moved_into_the_signature_and_replaced_by_forged_content_is_refused()
    {
        var wrapped = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
        {
            var root = document.DocumentElement!;
            var signature = SignedDocuments.Select(document, names, "/*/ds:Signature");
            var hidden = signature.AppendChild(document.CreateElement("Object", SignedDocuments.Dsig))!;
            foreach (var node in root.ChildNodes.Cast<XmlNode>().Where(n => n != signature).ToList())
            {
                hidden.AppendChild(node);
            }

            root.InsertBefore(document.CreateElement("messageSender"), signature)!.InnerText = "PL000000000000000";
        });

        AssertRefused(wrapped, SignatureProblemCodes.Invalid);
    }

    [Fact]
    public void An_element_in_the_business_data_with_the_SignedProperties_Id_is_refused()
    {
        var duplicated = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
        {
            var id = SignedDocuments.Select(document, names, "//xades:SignedProperties").GetAttribute("Id");
            var decoy = (XmlElement)document.DocumentElement!.PrependChild(document.CreateElement("decoy"))!;
            decoy.SetAttribute("Id", id);
        });

        AssertRefused(duplicated, SignatureProblemCodes.DuplicateId);
    }

    [Fact]
    public void Forged_SignedProperties_with_the_originals_moved_out_of_the_signature_are_refused()
    {
        var wrapped = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
        {
            var original = SignedDocuments.Select(document, names, "//xades:SignedProperties");
            var forged = (XmlElement)original.CloneNode(deep: true);
            forged.SetAttribute("Id", "forged-properties");
            forged.SelectSingleNode(".//xades:SigningTime", names)!.InnerText = "2020-01-01T00:00:00Z";
            original.ParentNode!.ReplaceChild(forged, original);
            document.DocumentElement!.PrependChild(original);
        });

        AssertRefused(wrapped, SignatureProblemCodes.ReferenceTarget);
    }

    [Fact]
    public void Removed_SignedProperties_are_refused()
    {
        var removed = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
        {
            var properties = SignedDocuments.Select(document, names, "//xades:SignedProperties");
            properties.ParentNode!.RemoveChild(properties);
        });

        AssertRefused(removed, SignatureProblemCodes.SignedPropertiesMissing);
    }

    [Fact]
    public void Removed_QualifyingProperties_are_refused()
    {
        var removed = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
        {
            var signedObject = SignedDocuments.Select(document, names, "//ds:Signature/ds:Object");
            signedObject.ParentNode!.RemoveChild(signedObject);
        });

        AssertRefused(removed, SignatureProblemCodes.SignedPropertiesMissing);
    }

    [Fact]
    public void An_altered_signing_time_is_refused()
    {
        var altered = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
            SignedDocuments.Select(document, names, "//xades:SigningTime").InnerText = "2026-06-01T08:31:03Z");

        AssertRefused(altered, SignatureProblemCodes.Invalid);
    }

    [Fact]
    public void A_wrong_certificate_digest_is_refused()
    {
        var altered = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
            SignedDocuments.Select(document, names, "//xades:CertDigest/ds:DigestValue").InnerText = Convert.ToBase64String(new byte[32]));

        AssertRefused(altered, SignatureProblemCodes.CertificateMismatch);
    }

    [Fact]
    public void Another_certificate_in_KeyInfo_is_refused()
    {
        using var other = TestKeys.Open(TestKeys.Rsa3072);
        var swapped = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
            SignedDocuments.Select(document, names, "//ds:KeyInfo/ds:X509Data/ds:X509Certificate").InnerText = Convert.ToBase64String(other.Certificate.RawData));

        AssertRefused(swapped, SignatureProblemCodes.CertificateMismatch);
    }

    [Fact]
    public void A_signature_without_a_KeyInfo_certificate_is_refused()
    {
        var stripped = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
        {
            var data = SignedDocuments.Select(document, names, "//ds:KeyInfo/ds:X509Data");
            data.ParentNode!.RemoveChild(data);
        });

        AssertRefused(stripped, SignatureProblemCodes.CertificateMissing);
    }

    [Theory]
    [InlineData("http://www.w3.org/TR/1999/REC-xslt-19991116")]
    [InlineData("http://www.w3.org/TR/1999/REC-xpath-19991116")]
    [InlineData("http://www.w3.org/2000/09/xmldsig#base64")]
    [InlineData("http://www.w3.org/2002/06/xmldsig-filter2")]
    public void A_transform_other_than_enveloped_and_canonicalization_is_refused(string algorithm)
    {
        var transformed = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
        {
            var transform = (XmlElement)SignedDocuments.Select(document, names, ContentReference + "/ds:Transforms")
                .AppendChild(document.CreateElement("Transform", SignedDocuments.Dsig))!;
            transform.SetAttribute("Algorithm", algorithm);
        });

        AssertRefused(transformed, SignatureProblemCodes.ForbiddenTransform);
    }

    [Theory]
    [InlineData("http://www.w3.org/2001/10/xml-exc-c14n# http://www.w3.org/2000/09/xmldsig#enveloped-signature")]
    [InlineData("http://www.w3.org/2000/09/xmldsig#enveloped-signature http://www.w3.org/2001/10/xml-exc-c14n# http://www.w3.org/TR/2001/REC-xml-c14n-20010315")]
    [InlineData("http://www.w3.org/2000/09/xmldsig#enveloped-signature http://www.w3.org/2000/09/xmldsig#enveloped-signature")]
    public void Document_transforms_other_than_enveloped_then_one_canonicalization_are_refused(string algorithms)
    {
        var reordered = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
        {
            var transforms = SignedDocuments.Select(document, names, ContentReference + "/ds:Transforms");
            transforms.RemoveAll();
            foreach (var algorithm in algorithms.Split(' '))
            {
                ((XmlElement)transforms.AppendChild(document.CreateElement("Transform", SignedDocuments.Dsig))!).SetAttribute("Algorithm", algorithm);
            }
        });

        AssertRefused(reordered, SignatureProblemCodes.ForbiddenTransform);
    }

    [Fact]
    public void Two_canonicalizations_of_the_SignedProperties_are_refused()
    {
        var doubled = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
        {
            var transforms = SignedDocuments.Select(document, names, "//ds:SignedInfo/ds:Reference[@Type]/ds:Transforms");
            transforms.AppendChild(transforms.FirstChild!.CloneNode(deep: true));
        });

        AssertRefused(doubled, SignatureProblemCodes.ForbiddenTransform);
    }

    [Theory]
    [InlineData("an element the signature syntax does not have")]
    [InlineData("an attribute the signature syntax does not have")]
    public void What_SignedXml_cannot_read_outside_the_signed_parts_is_refused(string what)
    {
        // Neither is covered by a digest or the signature value, so only reading the signature's syntax notices.
        var extended = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
        {
            var signature = SignedDocuments.Select(document, names, "//ds:Signature");
            if (what.Contains("element", StringComparison.Ordinal))
            {
                signature.AppendChild(document.CreateElement("Comment", SignedDocuments.Dsig))!.InnerText = "added later";
            }
            else
            {
                signature.SetAttribute("Comment", "added later");
            }
        });

        AssertRefused(extended, SignatureProblemCodes.Invalid);
    }

    [Fact]
    public void A_signature_value_that_is_not_base64_is_refused()
    {
        var garbled = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
            SignedDocuments.Select(document, names, "//ds:SignatureValue").InnerText = "not base64!");

        AssertRefused(garbled, SignatureProblemCodes.Invalid);
    }

    [Fact]
    public void A_SHA1_signature_made_by_SignedXml_is_refused_as_weak()
    {
        using var rsa = RSA.Create(2048);
        var document = SignedDocuments.Load(SampleMessages.Cc015c(1));
        var signedXml = new SignedXml(document) { SigningKey = rsa };
        signedXml.SignedInfo!.SignatureMethod = SignedXml.XmlDsigRSASHA1Url;
        var reference = new Reference(string.Empty) { DigestMethod = SignedXml.XmlDsigSHA1Url };
        reference.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        signedXml.AddReference(reference);
        signedXml.ComputeSignature();
        document.DocumentElement!.AppendChild(document.ImportNode(signedXml.GetXml(), deep: true));

        var verification = XadesVerifier.Verify(SignedDocuments.Save(document));

        Assert.False(verification.IsValid);
        Assert.Contains(SignatureProblemCodes.WeakAlgorithm, verification.Problems.Select(p => p.Code));
    }

    [Theory]
    [InlineData("http://www.w3.org/2000/09/xmldsig#sha1", SignatureProblemCodes.WeakAlgorithm)]
    [InlineData("http://www.w3.org/2001/04/xmldsig-more#md5", SignatureProblemCodes.WeakAlgorithm)]
    [InlineData("http://www.w3.org/2001/04/xmlenc#ripemd160", SignatureProblemCodes.UnsupportedAlgorithm)]
    public void A_weak_or_unknown_digest_method_is_refused_before_verification(string algorithm, string code)
    {
        var weakened = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
            SignedDocuments.Select(document, names, ContentReference + "/ds:DigestMethod").SetAttribute("Algorithm", algorithm));

        AssertRefused(weakened, code);
    }

    [Theory]
    [InlineData("http://www.w3.org/2000/09/xmldsig#rsa-sha1", SignatureProblemCodes.WeakAlgorithm)]
    [InlineData("http://www.w3.org/2001/04/xmldsig-more#rsa-md5", SignatureProblemCodes.WeakAlgorithm)]
    [InlineData("http://www.w3.org/2001/04/xmldsig-more#hmac-sha256", SignatureProblemCodes.UnsupportedAlgorithm)]
    public void A_weak_or_unknown_signature_method_is_refused_before_verification(string algorithm, string code)
    {
        var weakened = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
            SignedDocuments.Select(document, names, "//ds:SignedInfo/ds:SignatureMethod").SetAttribute("Algorithm", algorithm));

        AssertRefused(weakened, code);
    }

    [Fact]
    public void An_extra_reference_is_refused()
    {
        var extended = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
        {
            var content = SignedDocuments.Select(document, names, ContentReference);
            content.ParentNode!.AppendChild(content.CloneNode(deep: true));
        });

        AssertRefused(extended, SignatureProblemCodes.UnexpectedReference);
    }

    [Fact]
    public void A_reference_to_an_external_URI_is_refused()
    {
        var external = SignedDocuments.Edit(SignedDocuments.RsaSigned, (document, names) =>
            SignedDocuments.Select(document, names, ContentReference).SetAttribute("URI", "http://127.0.0.1:1/evil.xml"));

        AssertRefused(external, SignatureProblemCodes.UnexpectedReference);
    }

    [Fact]
    public void Two_signatures_are_refused()
    {
        var twice = SignedDocuments.Sign(TestKeys.EcP256, SignedDocuments.RsaSigned);

        AssertRefused(twice, SignatureProblemCodes.Multiple);
    }

    [Fact]
    public void An_unsigned_document_is_refused()
    {
        AssertRefused(SampleMessages.Cc015c(1), SignatureProblemCodes.Missing);
    }

    [Theory]
    [InlineData("<!DOCTYPE CC015C [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")]
    [InlineData("<!DOCTYPE CC015C [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>")]
    public void A_DTD_is_refused_before_anything_is_resolved(string doctype)
    {
        var text = Encoding.UTF8.GetString(SignedDocuments.RsaSigned);
        var afterDeclaration = text.IndexOf("?>", StringComparison.Ordinal) + 2;
        var hostile = Encoding.UTF8.GetBytes(text.Insert(afterDeclaration, doctype));

        AssertRefused(hostile, SignatureProblemCodes.MalformedXml);
    }

    [Fact]
    public void A_document_nested_deeper_than_the_limit_is_refused_before_it_is_canonicalized()
    {
        var limits = new WrotaCelne.Plugins.Abstractions.Xml.XmlLimits { MaxDepth = 40 };
        byte[] Nested(int levels) => SignedDocuments.Sign(TestKeys.Rsa2048, Encoding.UTF8.GetBytes(
            "<CC015C xmlns=\"http://ncts.dgtaxud.ec\">" + string.Concat(Enumerable.Repeat("<a>", levels - 1)) + "x" + string.Concat(Enumerable.Repeat("</a>", levels - 1)) + "</CC015C>"));

        var tooDeep = XadesVerifier.Verify(Nested(41), new XadesVerificationOptions { Limits = limits });

        Assert.Equal([SignatureProblemCodes.MalformedXml], tooDeep.Problems.Select(p => p.Code));
        Assert.Contains("nested deeper than 40 levels", tooDeep.Problems[0].Message, StringComparison.Ordinal);
        Assert.True(XadesVerifier.Verify(Nested(40), new XadesVerificationOptions { Limits = limits }).IsValid); // and the signature, about ten levels deep, is within it
    }

    [Fact]
    public void A_document_over_the_size_limit_is_not_read()
    {
        var options = new XadesVerificationOptions { Limits = new() { MaxBytes = SignedDocuments.RsaSigned.Length - 1 } };

        var verification = XadesVerifier.Verify(SignedDocuments.RsaSigned, options);

        Assert.Equal([SignatureProblemCodes.MalformedXml], verification.Problems.Select(p => p.Code));
        Assert.True(XadesVerifier.Verify(SignedDocuments.RsaSigned, options with { Limits = new() { MaxBytes = SignedDocuments.RsaSigned.Length } }).IsValid);
    }

    private static void AssertRefused(byte[] xml, string code)
    {
        var verification = XadesVerifier.Verify(xml);
        Assert.False(verification.IsValid);
        Assert.Contains(code, verification.Problems.Select(p => p.Code));
    }
}
