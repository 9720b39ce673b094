namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>Stable codes of <see cref="SignatureProblem"/>.</summary>
public static class SignatureProblemCodes
{
    /// <summary>The content is not well-formed XML, is too large, or has a DTD.</summary>
    public const string MalformedXml = "signature.malformed-xml";

    /// <summary>The document has no XML-DSig signature.</summary>
    public const string Missing = "signature.missing";

    /// <summary>The document has more than one signature.</summary>
    public const string Multiple = "signature.multiple";

    /// <summary>Two elements carry the same Id, so a reference could resolve to either (signature wrapping).</summary>
    public const string DuplicateId = "signature.duplicate-id";

    /// <summary>The references are not exactly the whole document and this signature's SignedProperties.</summary>
    public const string UnexpectedReference = "signature.unexpected-reference";

    /// <summary>A reference resolves to an element other than the one the profile signs (signature wrapping).</summary>
    public const string ReferenceTarget = "signature.reference-target";

    /// <summary>A transform other than enveloped-signature and (exclusive) canonicalization.</summary>
    public const string ForbiddenTransform = "signature.forbidden-transform";

    /// <summary>SHA-1, MD5 or an algorithm built on them.</summary>
    public const string WeakAlgorithm = "signature.weak-algorithm";

    /// <summary>An algorithm outside the profile.</summary>
    public const string UnsupportedAlgorithm = "signature.unsupported-algorithm";

    /// <summary>No XAdES QualifyingProperties/SignedProperties for this signature, or no SigningCertificateV2 in it.</summary>
    public const string SignedPropertiesMissing = "signature.signed-properties-missing";

    /// <summary>The SigningTime is missing or not an XML date-time.</summary>
    public const string SigningTimeInvalid = "signature.signing-time-invalid";

    /// <summary>KeyInfo carries no X.509 certificate.</summary>
    public const string CertificateMissing = "signature.certificate-missing";

    /// <summary>No KeyInfo certificate matches the signed certificate digest (or issuer and serial number).</summary>
    public const string CertificateMismatch = "signature.certificate-mismatch";

    /// <summary>The signature value or a reference digest does not verify: the signed content or properties were changed.</summary>
    public const string Invalid = "signature.invalid";
}
