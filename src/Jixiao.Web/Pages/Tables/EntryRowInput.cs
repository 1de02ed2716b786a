namespace Jixiao.Web.Pages.Tables;

/// <summary>What the monitoring or self-evaluation form holds for one indicator, as typed.</summary>
public sealed class EntryRowInput
{
    /// <summary>The indicator's index in the table.</summary>
    public int Index { get; set; }
    public string? Actual { get; set; }
    public string? Score { get; set; }
    public string? Likelihood { get; set; }
    public string? Cause { get; set; }
    public string? Measure { get; set; }
}
