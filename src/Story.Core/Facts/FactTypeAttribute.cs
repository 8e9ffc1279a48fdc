namespace Story.Facts;

/// <summary>The stored name of a fact type, independent of the C# type name so that types can be renamed.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class FactTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
