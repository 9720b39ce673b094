using System.Xml;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>
/// The shape of one signature, checked against the profile before any cryptography: exactly the two references,
/// allowed algorithms, transforms in the order the profile uses them, and the SignedProperties reference pinned to
/// this signature's own QualifyingProperties.
/// </summary>
internal sealed class SignatureStructure
{
    private readonly List<SignatureProblem> problems = [];

    private SignatureStructure(XmlElement signature) => Signature = signature;

    public XmlElement Signature { get; }

    public IReadOnlyList<SignatureProblem> Problems => problems;

    public XmlElement? SignedInfo { get; private set; }

    /// <summary>The DigestValue of the URI="" reference (the document).</summary>
    public byte[]? ContentDigest { get; private set; }

    public string? SignedPropertiesId { get; private set; }

    public XmlElement? SignedProperties { get; private set; }

    public static SignatureStructure Read(XmlElement signature)
    {
        var structure = new SignatureStructure(signature);
        structure.ReadSignedInfo();
        if (structure.problems.Count == 0)
        {
            structure.FindSignedProperties();
        }

        return structure;
    }

    private void ReadSignedInfo()
    {
        var signedInfo = Single(Signature, XadesNames.Dsig, "SignedInfo");
        if (signedInfo is null)
        {
            Add(SignatureProblemCodes.UnexpectedReference, "The signature has no single SignedInfo.");
            return;
        }

        SignedInfo = signedInfo;

        AddIf(AlgorithmPolicy.Check(Algorithm(signedInfo, "CanonicalizationMethod"), AlgorithmPolicy.Canonicalizations, "canonicalization method"));
        AddIf(AlgorithmPolicy.Check(Algorithm(signedInfo, "SignatureMethod"), AlgorithmPolicy.SignatureMethods, "signature method"));

        var references = Children(signedInfo, XadesNames.Dsig, "Reference").ToList();
        var content = references.Where(r => r.GetAttributeNode("URI") is { Value.Length: 0 }).ToList();
        var properties = references.Where(r => r.GetAttribute("Type") == XadesNames.SignedPropertiesType).ToList();
        if (references.Count != 2 || content.Count != 1 || properties.Count != 1 || content[0] == properties[0])
        {
            Add(SignatureProblemCodes.UnexpectedReference, "The signature must have exactly two references: the whole document (URI=\"\") and its SignedProperties.");
            return;
        }

        // Each transform allowed is not enough: the digests are computed for enveloped-signature followed by one
        // canonicalization (or none, which means inclusive C14N), the order every XAdES tool writes.
        var contentTransforms = CheckReference(content[0], AlgorithmPolicy.ContentTransforms, "document");
        if (!contentTransforms.Contains(XadesNames.Enveloped, StringComparer.Ordinal))
        {
            Add(SignatureProblemCodes.UnexpectedReference, "The document reference has no enveloped-signature transform.");
        }
        else if (Allowed(contentTransforms, AlgorithmPolicy.ContentTransforms) && !IsEnvelopedThenCanonicalization(contentTransforms))
        {
            Add(SignatureProblemCodes.ForbiddenTransform, "The document reference's transforms must be enveloped-signature, then at most one canonicalization.");
        }

        var propertiesTransforms = CheckReference(properties[0], AlgorithmPolicy.PropertiesTransforms, "SignedProperties");
        if (Allowed(propertiesTransforms, AlgorithmPolicy.PropertiesTransforms) && propertiesTransforms.Count > 1)
        {
            Add(SignatureProblemCodes.ForbiddenTransform, "The SignedProperties reference may have one canonicalization transform at most.");
        }

        var uri = properties[0].GetAttribute("URI");
        if (uri.Length < 2 || uri[0] != '#' || uri.StartsWith("#xpointer(", StringComparison.Ordinal))
        {
            Add(SignatureProblemCodes.UnexpectedReference, "The SignedProperties reference must point to an Id in this document (#Id).");
            return;
        }

        SignedPropertiesId = uri[1..];
        ContentDigest = Digest(content[0]);
    }

    /// <summary>Checks the digest method and that every transform is allowed; returns the transforms in order.</summary>
    private List<string> CheckReference(XmlElement reference, string[] transforms, string what)
    {
        AddIf(AlgorithmPolicy.Check(Algorithm(reference, "DigestMethod"), AlgorithmPolicy.DigestMethods, $"{what} reference's digest method"));
        var used = Transforms(reference).ToList();
        foreach (var transform in used)
        {
            if (!transforms.Contains(transform, StringComparer.Ordinal))
            {
                Add(SignatureProblemCodes.ForbiddenTransform, $"The {what} reference has the transform {transform}; only enveloped-signature and canonicalization are allowed.");
            }
        }

        return used;
    }

    private void FindSignedProperties()
    {
        var signatureId = Signature.GetAttribute("Id");
        var qualifying = Children(Signature, XadesNames.Dsig, "Object")
            .SelectMany(o => Children(o, XadesNames.Xades, "QualifyingProperties"))
            .ToList();
        if (qualifying.Count != 1 || signatureId.Length == 0 || qualifying[0].GetAttribute("Target") != "#" + signatureId)
        {
            Add(SignatureProblemCodes.SignedPropertiesMissing, "The signature has no single xades:QualifyingProperties that targets it.");
            return;
        }

        var signedProperties = Children(qualifying[0], XadesNames.Xades, "SignedProperties").ToList();
        if (signedProperties.Count != 1)
        {
            Add(SignatureProblemCodes.SignedPropertiesMissing, "The QualifyingProperties have no single xades:SignedProperties.");
            return;
        }

        if (signedProperties[0].GetAttribute("Id") != SignedPropertiesId)
        {
            Add(SignatureProblemCodes.ReferenceTarget, "The SignedProperties reference points to something other than this signature's SignedProperties.");
            return;
        }

        SignedProperties = signedProperties[0];
    }

    private static bool Allowed(List<string> transforms, string[] allowed) =>
        transforms.All(t => allowed.Contains(t, StringComparer.Ordinal));

    private static bool IsEnvelopedThenCanonicalization(List<string> transforms) =>
        transforms[0] == XadesNames.Enveloped && (transforms.Count == 1 || (transforms.Count == 2 && transforms[1] != XadesNames.Enveloped));

    private static IEnumerable<string> Transforms(XmlElement reference) =>
        Children(reference, XadesNames.Dsig, "Transforms")
            .SelectMany(t => Children(t, XadesNames.Dsig, "Transform"))
            .Select(t => t.GetAttribute("Algorithm"));

    private static string? Algorithm(XmlElement parent, string name) =>
        Single(parent, XadesNames.Dsig, name)?.GetAttributeNode("Algorithm")?.Value;

    private byte[]? Digest(XmlElement reference)
    {
        try
        {
            return Convert.FromBase64String(Single(reference, XadesNames.Dsig, "DigestValue")?.InnerText.Trim() ?? string.Empty);
        }
        catch (FormatException)
        {
            Add(SignatureProblemCodes.Invalid, "The document reference's DigestValue is not base64.");
            return null;
        }
    }

    internal static IEnumerable<XmlElement> Children(XmlElement parent, string namespaceUri, string localName) =>
        parent.ChildNodes.OfType<XmlElement>().Where(e => e.LocalName == localName && e.NamespaceURI == namespaceUri);

    internal static XmlElement? Single(XmlElement parent, string namespaceUri, string localName)
    {
        var found = Children(parent, namespaceUri, localName).Take(2).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private void Add(string code, string message) => problems.Add(new SignatureProblem(code, message));

    private void AddIf(SignatureProblem? problem)
    {
        if (problem is not null)
        {
            problems.Add(problem);
        }
    }
}
