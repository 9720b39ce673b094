using System.Formats.Asn1;
using System.Security.Cryptography.X509Certificates;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>
/// The DER IssuerSerial of RFC 5035 (issuer as a directoryName GeneralName, serial number) that XAdES 1.4.1
/// carries base64-encoded in IssuerSerialV2.
/// </summary>
internal static class IssuerSerial
{
    private static readonly Asn1Tag DirectoryName = new(TagClass.ContextSpecific, 4, isConstructed: true);

    public static byte[] Of(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence())
            {
                // directoryName is an explicit [4] around the issuer's Name.
                using (writer.PushSequence(DirectoryName))
                {
                    writer.WriteEncodedValue(certificate.IssuerName.RawData);
                }
            }

            writer.WriteInteger(certificate.SerialNumberBytes.Span);
        }

        return writer.Encode();
    }
}
