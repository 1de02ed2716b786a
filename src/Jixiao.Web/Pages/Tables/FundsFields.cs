namespace Jixiao.Web.Pages.Tables;

/// <summary>One funds block of the editor (annual or mid-term) as typed: total and its split.</summary>
public sealed class FundsFields
{
    public string? Total { get; set; }
    public string? Fiscal { get; set; }
    public string? Special { get; set; }
    public string? Own { get; set; }
    public string? CarryOver { get; set; }
    public string? Other { get; set; }
}
