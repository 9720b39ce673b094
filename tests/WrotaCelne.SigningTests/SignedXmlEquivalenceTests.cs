using System.Security.Cryptography.X509Certificates;
using System.Security.Cryptography.Xml;
using System.Text;
using System.Xml;
using WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

namespace WrotaCelne.SigningTests;

/// <summary>
/// XadesSigner and XadesVerifier compute the reference digests and the signature value with the library's
/// canonicalization transforms on the document they parsed, not through SignedXml.ComputeSignature and
/// CheckSignature. For documents with what canonicalization has to get right, SignedXml signing the same content
/// writes the very same bytes, SignedXml verifies our signatures, and we verify SignedXml's wherever it puts them.
/// </summary>
public sealed class SignedXmlEquivalenceTests
{
    public static TheoryData<string> Documents => new()
    {
        // Namespaces declared on the root, one of them never used.
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ncts:CC015C xmlns:ncts=\"http://ncts.dgtaxud.ec\" xmlns:unused=\"urn:unused\" PhaseID=\"NCTS5.1\">\n  <messageSender>PL526104082800000</messageSender>\n</ncts:CC015C>",
        // A default namespace, undeclared and replaced further down.
        "<CC015C xmlns=\"http://ncts.dgtaxud.ec\"><LRN>PL26WC0000000001</LRN><Remark xmlns=\"\">bez przestrzeni nazw</Remark><Other xmlns=\"urn:other\"><a/></Other></CC015C>",
        // A prefix bound to another namespace inside, and prefixed attributes.
        "<p:r xmlns:p=\"urn:one\" xmlns:q=\"urn:q\"><p:a xmlns:p=\"urn:two\"><p:b q:attr=\"1\" attr=\"2\">x</p:b></p:a><p:c/></p:r>",
        // Comments before, inside and after the root element.
        "<!-- przed -->\n<r><!-- w środku --><a>x<!--w tekście-->y</a></r>\n<!-- po -->",
        // Processing instructions inside the root element and around it.
        "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"cc015c.xsl\"?>\n<r><?app inside?><a>x<?app between?>y</a></r>\n<?after-root data?>",
        // Whitespace between and inside elements, kept as written.
        "<r>\n\t  <a>  spaced   text  </a>\n\n  <b/>\t\n  <c xml:space=\"preserve\">  kept  </c>\n</r>\n",
        // CDATA sections, one of them split around "]]>".
        "<r><a><![CDATA[<b>bold</b> & \"quoted\" ]]]]><![CDATA[> ]]></a><b>before<![CDATA[inside]]>after</b></r>",
        // Attribute values that need escaping, attributes in no particular order.
        "<r z=\"1\" a=\"&lt;tag&gt; &amp; &quot;quoted&quot; 'single'\" b='say \"hi\"' c=\"x > y\" xmlns:b=\"urn:b\" b:m=\"3\"><e f=\"&#x20AC; € &#60;\"/><empty></empty></r>",
        // Text that needs escaping and characters outside ASCII and the BMP.
        "<r>a &amp; b &lt; c &gt; d \"e\" 'f' Zażółć gęślą jaźń 😀 &#x1F600; &#169;</r>",
        Encoding.UTF8.GetString(SampleMessages.Cc015c(3)),
    };

    public static TheoryData<string, string> Placements => new()
    {
        { "first child of the root", "/*" },
        { "inside an element of the content", "/*/*[1]" },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void SignedXml_signing_the_same_content_writes_the_same_bytes_which_verify(string xml)
    {
        using var key = TestKeys.Open(TestKeys.Rsa2048);
        var ours = SignedDocuments.Sign(key, Encoding.UTF8.GetBytes(xml));
        var ourSignature = LastSignature(Parse(ours));

        var theirs = SignWithSignedXml(Encoding.UTF8.GetBytes(xml), ourSignature, document => document.DocumentElement!);

        Assert.True(XadesVerifier.Verify(theirs).IsValid);
        // RSA PKCS#1 v1.5 signatures are deterministic, so equal bytes mean equal digests, SignedInfo and value.
        Assert.Equal(Encoding.UTF8.GetString(theirs), Encoding.UTF8.GetString(ours));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void SignedXml_verifies_our_signature(string xml)
    {
        using var key = TestKeys.Open(TestKeys.Rsa2048);
        var document = Parse(SignedDocuments.Sign(key, Encoding.UTF8.GetBytes(xml)));
        var signature = LastSignature(document);

        var signedXml = new PinnedSignedXml(document, SignedProperties(signature));
        signedXml.LoadXml(signature);

        using var publicKey = key.Certificate.GetRSAPublicKey()!;
        Assert.True(signedXml.CheckSignature(publicKey));
    }

    [Theory]
    [MemberData(nameof(Placements))]
    public void A_signature_SignedXml_puts_elsewhere_in_the_document_verifies_and_still_covers_the_content(string where, string parentPath)
    {
        using var key = TestKeys.Open(TestKeys.Rsa2048);
        var xml = SampleMessages.Cc015c(3);
        var template = LastSignature(Parse(SignedDocuments.Sign(key, xml)));

        var signed = SignWithSignedXml(xml, template, document => (XmlElement)document.SelectSingleNode(parentPath)!, first: true);

        var verification = XadesVerifier.Verify(signed);
        Assert.True(verification.IsValid, where + ": " + string.Join("; ", verification.Problems.Select(p => p.Code + ": " + p.Message)));
        var changed = SignedDocuments.Corrupt(signed, "<shippingMarks>WC/0002", 18);
        Assert.Equal([SignatureProblemCodes.Invalid], XadesVerifier.Verify(changed).Problems.Select(p => p.Code));
    }

    /// <summary>
    /// What XadesSigner did before it stopped using SignedXml.ComputeSignature: the same references, KeyInfo and
    /// QualifyingProperties (taken from <paramref name="template"/>, with its Id), the signature put into the element
    /// <paramref name="parent"/> selects.
    /// </summary>
    private static byte[] SignWithSignedXml(byte[] xml, XmlElement template, Func<XmlDocument, XmlElement> parent, bool first = false)
    {
        using var certificate = X509CertificateLoader.LoadPkcs12(TestKeys.Rsa2048, TestKeys.Password);
        using var rsa = certificate.GetRSAPrivateKey()!;
        var document = Parse(xml);
        var holder = document.CreateDocumentFragment();
        holder.AppendChild(document.ImportNode(SignedProperties(template).ParentNode!, deep: true));
        var signedProperties = (XmlElement)holder.FirstChild!.FirstChild!;

        var signedXml = new PinnedSignedXml(document, signedProperties) { SigningKey = rsa };
        signedXml.Signature.Id = template.GetAttribute("Id");
        signedXml.SignedInfo!.CanonicalizationMethod = SignedXml.XmlDsigExcC14NTransformUrl;
        signedXml.SignedInfo.SignatureMethod = SignedXml.XmlDsigRSASHA256Url;
        var content = new Reference(string.Empty) { DigestMethod = SignedXml.XmlDsigSHA256Url };
        content.AddTransform(new XmlDsigEnvelopedSignatureTransform());
        content.AddTransform(new XmlDsigExcC14NTransform());
        signedXml.AddReference(content);
        var properties = new Reference("#" + signedProperties.GetAttribute("Id"))
        {
            DigestMethod = SignedXml.XmlDsigSHA256Url,
            Type = "http://uri.etsi.org/01903#SignedProperties",
        };
        properties.AddTransform(new XmlDsigExcC14NTransform());
        signedXml.AddReference(properties);
        var keyInfo = new KeyInfo();
        keyInfo.AddClause(new KeyInfoX509Data(certificate));
        signedXml.KeyInfo = keyInfo;
        signedXml.AddObject(new DataObject { Data = holder.ChildNodes });
        signedXml.ComputeSignature();

        var signature = document.ImportNode(signedXml.GetXml(), deep: true);
        var target = parent(document);
        _ = first ? target.PrependChild(signature) : target.AppendChild(signature);
        return Save(document);
    }

    private static XmlElement LastSignature(XmlDocument document) => (XmlElement)document.DocumentElement!.LastChild!;

    private static XmlElement SignedProperties(XmlElement signature) =>
        (XmlElement)signature.GetElementsByTagName("SignedProperties", SignedDocuments.Xades)[0]!;

    /// <summary>Reads as XadesSigner and XadesVerifier do: whitespace, comments and processing instructions kept, no DTD.</summary>
    private static XmlDocument Parse(byte[] xml)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
        var document = new XmlDocument { PreserveWhitespace = true, XmlResolver = null };
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        document.Load(reader);
        return document;
    }

    /// <summary>Writes as XadesSigner does: UTF-8 without a byte order mark, the declaration saying so, text unchanged.</summary>
    private static byte[] Save(XmlDocument document)
    {
        if (document.FirstChild is XmlDeclaration declaration)
        {
            declaration.Encoding = "UTF-8";
        }

        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), NewLineHandling = NewLineHandling.Entitize }))
        {
            document.Save(writer);
        }

        return stream.ToArray();
    }

    /// <summary>SignedXml resolving the SignedProperties Id, which it cannot find inside a ds:Object by itself.</summary>
    private sealed class PinnedSignedXml(XmlDocument document, XmlElement signedProperties) : SignedXml(document)
    {
        public override XmlElement? GetIdElement(XmlDocument? document, string idValue) =>
            idValue == signedProperties.GetAttribute("Id") ? signedProperties : null;
    }
}
