namespace Jixiao.Values;

/// <summary>What a value cell held.</summary>
public enum ValueStatus
{
    /// <summary>Nothing was written.</summary>
    Empty,
    /// <summary>One number, with or without comparator and unit.</summary>
    Number,
    /// <summary>A grade or a description without digits (好, 较好, 按序时进度完成 …).</summary>
    Qualitative,
    /// <summary>Text with digits that is not one target value (a trend, two numbers, a range): kept as text.</summary>
    Unreadable,
}
