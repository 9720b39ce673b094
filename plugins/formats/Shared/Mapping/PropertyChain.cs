using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>
/// A chain of properties (<c>d =&gt; d.Offices.Export</c>) read, written and named as the canonical JSON path
/// (<c>offices.export</c>), so one lambda in a mapping gives the getter, the setter and the error pointer.
/// </summary>
internal sealed class PropertyChain
{
    private readonly PropertyInfo[] _properties;

    private PropertyChain(PropertyInfo[] properties)
    {
        _properties = properties;
        JsonPath = string.Join('.', properties.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)));
    }

    /// <summary>The canonical JSON path relative to the owner, e.g. <c>offices.export</c>.</summary>
    public string JsonPath { get; }

    public Type ValueType => _properties[^1].PropertyType;

    public static PropertyChain Of(LambdaExpression expression)
    {
        var body = expression.Body;
        if (body is UnaryExpression { NodeType: ExpressionType.Convert } convert)
        {
            body = convert.Operand;
        }

        var properties = new Stack<PropertyInfo>();
        while (body is MemberExpression { Member: PropertyInfo property } member)
        {
            properties.Push(property);
            body = member.Expression!;
        }

        if (body is not ParameterExpression || properties.Count == 0)
        {
            throw new ArgumentException($"A mapping needs a chain of properties, not {expression.Body}.", nameof(expression));
        }

        return new PropertyChain([.. properties]);
    }

    public object? Get(object owner)
    {
        object? current = owner;
        foreach (var property in _properties)
        {
            if (current is null)
            {
                return null;
            }

            current = property.GetValue(current);
        }

        return current;
    }

    /// <summary>Sets the last property, creating missing intermediate objects on the way.</summary>
    public void Set(object owner, object? value)
    {
        var current = owner;
        for (var i = 0; i < _properties.Length - 1; i++)
        {
            var next = _properties[i].GetValue(current);
            if (next is null)
            {
                next = Activator.CreateInstance(_properties[i].PropertyType)!;
                _properties[i].SetValue(current, next);
            }

            current = next;
        }

        _properties[^1].SetValue(current, value);
    }
}
