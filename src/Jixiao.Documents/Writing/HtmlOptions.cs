namespace Jixiao.Documents.Writing;

/// <summary>Choices for the printable HTML page.</summary>
public sealed record HtmlOptions
{
    /// <summary>Mask mobile numbers as `191****3693`, for pages the public reads.</summary>
    public bool MaskPhones { get; init; }

    /// <summary>The page's &lt;title&gt;; by default the title of the first table.</summary>
    public string? Title { get; init; }
}
