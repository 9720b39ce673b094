using System.Xml.Linq;

namespace WrotaCelne.GatewaySimulator.Soap;

/// <summary>An authenticated request: the operation, the caller's login, the request's MessageID and the body element.</summary>
internal sealed record SoapRequest(string Operation, string Login, string? MessageId, XElement Body);
