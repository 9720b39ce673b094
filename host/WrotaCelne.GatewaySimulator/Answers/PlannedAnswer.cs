using System.Xml.Linq;

namespace WrotaCelne.GatewaySimulator.Answers;

/// <summary>A business answer to queue: its message type, when it falls due, its file name and content.</summary>
internal sealed record PlannedAnswer(string Kind, DateTimeOffset DueAt, string FileName, XDocument Content);
