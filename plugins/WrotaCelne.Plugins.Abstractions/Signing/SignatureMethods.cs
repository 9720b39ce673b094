namespace WrotaCelne.Plugins.Abstractions.Signing;

/// <summary>The XML-DSig signature methods the platform accepts (SHA-1 and weaker are refused).</summary>
public static class SignatureMethods
{
    /// <summary>RSA PKCS#1 v1.5 with SHA-256.</summary>
    public const string RsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#rsa-sha256";

    /// <summary>ECDSA with SHA-256.</summary>
    public const string EcdsaSha256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
}
