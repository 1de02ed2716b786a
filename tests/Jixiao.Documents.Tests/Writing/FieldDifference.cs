namespace Jixiao.Documents.Tests.Writing;

/// <summary>One field that differs between two readings of a table; values as shown ("null" for absent or empty).</summary>
internal sealed record FieldDifference(string Table, string Field, string Expected, string Actual)
{
    public override string ToString() => $"{Table}.{Field}: expected {Expected}, got {Actual}";
}
