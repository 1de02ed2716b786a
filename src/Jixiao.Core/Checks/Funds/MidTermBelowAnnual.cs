using Jixiao.Diagnostics;

namespace Jixiao.Checks.Funds;

/// <summary>JX307: mid-term funds smaller than the annual funds they include.</summary>
public sealed class MidTermBelowAnnual : Check
{
    public override string Code => "JX307";
    public override string Title => "中期资金小于年度资金";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        if (c.Table.MidTermFunds?.Total is { } mid && c.Table.Funds?.Total is { } annual && mid < annual)
            yield return Finding($"中期资金总额 {FundSplitMismatch.N(mid)} 小于年度资金总额 {FundSplitMismatch.N(annual)}；中期资金应包含本年度资金，请核对。", c.Table.Line, field: "midTermFunds.total");
    }
}
