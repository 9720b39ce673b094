namespace WrotaCelne.SigningTests;

/// <summary>
/// Documents SignedXml canonicalized otherwise than the C14N specifications and xmlsec1 do. It copied the document
/// through a string, which turned a carriage return written as &amp;#13; in text into a line feed and a tab written
/// as &amp;#9; in an attribute value into a space, and it carried xml:* attributes of the root into the exclusive
/// canonical form of SignedInfo and SignedProperties when verifying, but not when signing.
/// </summary>
internal static class CanonicalizationEdgeCases
{
    public static TheoryData<string> Documents => new()
    {
        "<r>line&#13;break, and&#xD;&#xA;both</r>",
        "<r a=\"tab&#9;newline&#10;return&#13;end\"><b c=\"&#9;\"/></r>",
        "<r xml:lang=\"pl\"><a>Łódź</a></r>",
        "<r xml:space=\"preserve\"> <a> x </a> </r>",
    };
}
