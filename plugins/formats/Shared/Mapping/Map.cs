using System.Linq.Expressions;
using System.Text.RegularExpressions;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>Builds mapping tables over canonical objects of type <typeparamref name="T"/>, one line per element.</summary>
internal static class Map<T>
    where T : class
{
    /// <summary>An element holding the value of <paramref name="property"/>.</summary>
    /// <param name="maxLength">Longest value the data model allows.</param>
    /// <param name="pattern">Pattern of the whole value (anchored here).</param>
    public static FieldNode<T> Field(string element, Expression<Func<T, object?>> property, int? maxLength = null, string? pattern = null) =>
        new(element, PropertyChain.Of(property))
        {
            MaxLength = maxLength,
            Pattern = pattern is null ? null : new Regex($"^(?:{pattern})$", RegexOptions.CultureInvariant),
        };

    /// <summary>A field with a check beyond its pattern (e.g. a check digit).</summary>
    public static FieldNode<T> Checked(string element, Expression<Func<T, object?>> property, Func<string, bool> isValid, string what) =>
        new(element, PropertyChain.Of(property)) { Check = (isValid, what) };

    /// <summary>A group nesting more fields of the same object.</summary>
    public static GroupNode<T, T> Nest(string element, params MapNode<T>[] children) => new(element, null, children);

    /// <summary>A group for the nested object at <paramref name="property"/>.</summary>
    public static GroupNode<T, TChild> Group<TChild>(string element, Expression<Func<T, TChild?>> property, params MapNode<TChild>[] children)
        where TChild : class =>
        new(element, PropertyChain.Of(property), children);

    /// <summary>One numbered group (<c>sequenceNumber</c> 1..n) per object of <paramref name="list"/>.</summary>
    public static RepeatNode<T, TItem> Repeat<TItem>(string element, Expression<Func<T, List<TItem>>> list, params MapNode<TItem>[] children)
        where TItem : class =>
        new(element, PropertyChain.Of(list), children) { Numbered = true };

    /// <summary>One group per object of <paramref name="list"/>, numbered by a field of its own (goods items).</summary>
    public static RepeatNode<T, TItem> RepeatUnnumbered<TItem>(string element, Expression<Func<T, List<TItem>>> list, params MapNode<TItem>[] children)
        where TItem : class =>
        new(element, PropertyChain.Of(list), children);

    /// <summary>One numbered group holding <paramref name="valueElement"/> per string of <paramref name="list"/>.</summary>
    public static ValueListNode<T> Values(string element, string valueElement, Expression<Func<T, List<string>>> list, int? maxLength = null, string? pattern = null) =>
        new(element, valueElement, PropertyChain.Of(list))
        {
            Numbered = true,
            ValueRules = maxLength is null && pattern is null ? null : ValueListNode<T>.Rules(valueElement, maxLength, pattern),
        };

    /// <summary>A code written as fixed-length parts (see <see cref="SplitCodeNode{T}"/>).</summary>
    public static SplitCodeNode<T> Code(string element, Expression<Func<T, string?>> property, params (string Element, int Length)[] parts) =>
        new(element, PropertyChain.Of(property), parts);

    /// <summary>An element whose value the request gives (see <see cref="RequestFieldNode{T}"/>).</summary>
    public static RequestFieldNode<T> FromRequest(string element, string valueName, int? maxLength = null) =>
        new(element, valueName) { MaxLength = maxLength };
}
