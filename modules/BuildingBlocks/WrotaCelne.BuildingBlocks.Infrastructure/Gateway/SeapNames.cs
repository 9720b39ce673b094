using System.Xml.Linq;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

/// <summary>Namespaces, operations and fixed values of the SEAP SOAP binding (WS_PULL.wsdl, WS_CHANNEL.xsd, SOAP 1.1, WS-Addressing, WS-Security).</summary>
public static class SeapNames
{
    public static readonly XNamespace Soap = "http://schemas.xmlsoap.org/soap/envelope/";
    public static readonly XNamespace Service = "http://www.mf.gov.pl/uslugiBiznesowe/WsPull/Usluga/2014/01_v2_0";
    public static readonly XNamespace Channel = "http://www.mf.gov.pl/schematy/SISC/WsChannel/2014/01_v2_0";
    public static readonly XNamespace Addressing = "http://www.w3.org/2005/08/addressing";
    public static readonly XNamespace Security = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd";
    public static readonly XNamespace Utility = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd";

    public const string PasswordDigestType = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest";
    public const string Base64EncodingType = "http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary";
    public const string AnonymousAddress = "http://www.w3.org/2005/08/addressing/anonymous";

    public const string BusinessFault = "businessErrorFault";
    public const string TechnicalFault = "techErrorFault";

    /// <summary>The operations of <c>DocumentHandlingPort</c>.</summary>
    public static class Operations
    {
        public const string AcceptDocument = "AcceptDocument";
        public const string GetNextDocument = "GetNextDocument";
        public const string GetNextDocumentSisc = "GetNextDocumentSisc";
        public const string GetDocuments = "GetDocuments";
    }

    /// <summary>
    /// The <c>soapAction</c> of each operation as WS_PULL.wsdl binds it. GetDocuments is bound to the action
    /// "GetNextDocumentSisc" in the published WSDL (most likely a copy-paste slip on the gateway's side); the client
    /// sends what the WSDL says and the body element tells the two operations apart.
    /// </summary>
    public static string ActionOf(string operation) => operation switch
    {
        Operations.GetDocuments => Operations.GetNextDocumentSisc,
        _ => operation,
    };
}
