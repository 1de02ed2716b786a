namespace Jixiao.Reading;

/// <summary>How a line was split into cells.</summary>
internal enum Layout
{
    /// <summary>No separator: one cell (or a blank line).</summary>
    Single,
    Tabs,
    Pipes,
    Spaces,
}
