namespace Jixiao.Web.Pages.Tables;

/// <summary>One indicator row of the editor as the browser posts it: every field a string, so that what was typed comes back as typed.</summary>
public sealed class IndicatorRow
{
    /// <summary>The row's index in the table the editor was opened on, or empty for a row added in the editor.</summary>
    public string? Key { get; set; }
    public string? Level1 { get; set; }
    public string? Level2 { get; set; }
    public string? Name { get; set; }
    public string? Comparator { get; set; }
    public string? Value { get; set; }
    public string? Unit { get; set; }
    public string? Weight { get; set; }
    /// <summary>"annual" or "midTerm", as in the exchange format.</summary>
    public string? Horizon { get; set; }
    public string? Basis { get; set; }

    /// <summary>Nothing that makes an indicator was written (a freshly added row, perhaps with its levels chosen).</summary>
    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Value) && string.IsNullOrWhiteSpace(Unit)
        && string.IsNullOrWhiteSpace(Weight) && string.IsNullOrWhiteSpace(Basis);
}
