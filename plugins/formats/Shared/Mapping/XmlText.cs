using System.Xml;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>Whether text can be written into XML at all (control characters cannot).</summary>
internal static class XmlText
{
    public static bool IsValid(string text)
    {
        try
        {
            XmlConvert.VerifyXmlChars(text);
            return true;
        }
        catch (XmlException)
        {
            return false;
        }
    }
}
