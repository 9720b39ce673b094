using System.Text;

namespace WrotaCelne.FormatTests.Xml;

/// <summary>Hostile inputs every reader of outside XML must refuse with an error value.</summary>
internal static class HostileXml
{
    public const string Namespace = "http://ncts.dgtaxud.ec";

    /// <summary>Every hostile kind by name, for theories (the bytes are made inside the test, not at discovery).</summary>
    public static readonly IReadOnlyList<string> Kinds = ["external entity", "billion laughs", "deep nesting", "100 MB", "wrong namespace", "malformed", "empty"];

    public static byte[] Make(string kind, string root) => kind switch
    {
        "external entity" => ExternalEntity(root),
        "billion laughs" => BillionLaughs(root),
        "deep nesting" => Deep(root, 10_000),
        "100 MB" => Huge(root, 100),
        "wrong namespace" => WrongNamespace(root),
        "malformed" => Malformed(root),
        "empty" => [],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static byte[] ExternalEntity(string root) => Encoding.UTF8.GetBytes(
        $"""<?xml version="1.0"?><!DOCTYPE {root} [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><ncts:{root} xmlns:ncts="{Namespace}"><messageSender>&xxe;</messageSender></ncts:{root}>""");

    public static byte[] BillionLaughs(string root)
    {
        var entities = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (var i = 1; i < 10; i++)
        {
            entities.Append($"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">");
        }

        return Encoding.UTF8.GetBytes($"""<?xml version="1.0"?><!DOCTYPE {root} [{entities}]><ncts:{root} xmlns:ncts="{Namespace}"><messageSender>&lol9;</messageSender></ncts:{root}>""");
    }

    public static byte[] Deep(string root, int depth)
    {
        var text = new StringBuilder($"<ncts:{root} xmlns:ncts=\"{Namespace}\">");
        for (var i = 0; i < depth; i++)
        {
            text.Append("<a>");
        }

        for (var i = 0; i < depth; i++)
        {
            text.Append("</a>");
        }

        return Encoding.UTF8.GetBytes(text.Append($"</ncts:{root}>").ToString());
    }

    /// <summary>A well-formed document of about <paramref name="megabytes"/> MB.</summary>
    public static byte[] Huge(string root, int megabytes)
    {
        var head = Encoding.UTF8.GetBytes($"<ncts:{root} xmlns:ncts=\"{Namespace}\"><messageSender>");
        var tail = Encoding.UTF8.GetBytes($"</messageSender></ncts:{root}>");
        var bytes = new byte[head.Length + (megabytes * 1024 * 1024) + tail.Length];
        head.CopyTo(bytes, 0);
        bytes.AsSpan(head.Length, megabytes * 1024 * 1024).Fill((byte)'x');
        tail.CopyTo(bytes, bytes.Length - tail.Length);
        return bytes;
    }

    public static byte[] WrongNamespace(string root) =>
        Encoding.UTF8.GetBytes($"<x:{root} xmlns:x=\"http://example.com/not-customs\"><messageSender>x</messageSender></x:{root}>");

    public static byte[] Malformed(string root) =>
        Encoding.UTF8.GetBytes($"<ncts:{root} xmlns:ncts=\"{Namespace}\"><messageSender>x</messageRecipient>");
}
