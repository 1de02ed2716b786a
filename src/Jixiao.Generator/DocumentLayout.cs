namespace Jixiao.Generator;

/// <summary>The layouts the reader knows (docs/reading.md), as generated documents use them.</summary>
public enum DocumentLayout
{
    /// <summary>Tab-separated rows, labels in merged cells (seeds 000, 001, 003); may open with a department table.</summary>
    Tabs,
    /// <summary>One cell per line, tab-indented, a blank line after each row (seed 004).</summary>
    Cells,
    /// <summary>Pipe-separated rows with a `|---|` rule (text converted from Markdown or HTML).</summary>
    Pipes,
    /// <summary>Columns aligned by runs of spaces (`pdftotext -layout`).</summary>
    Spaces,
    /// <summary>A published self-evaluation (自评表) with actual values, points and scores, tab-separated.</summary>
    SelfEvaluation,
}
