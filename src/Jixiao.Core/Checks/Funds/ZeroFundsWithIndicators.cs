using Jixiao.Diagnostics;
using Jixiao.Model;

namespace Jixiao.Checks.Funds;

/// <summary>JX304: annual funds of 0 while the table sets targets for the year.</summary>
public sealed class ZeroFundsWithIndicators : Check
{
    public override string Code => "JX304";
    public override string Title => "年度资金为零却设有年度指标";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        if (c.Table.Kind != TableKind.Project || c.Table.Funds?.Total != 0m || c.BudgetYear.Count == 0) yield break;
        yield return Finding($"项目“{c.TableName}”年度资金总额为 0，却设有 {c.BudgetYear.Count} 个本年度指标；没有资金的目标无法实现，请核对资金或指标。", c.Table.Line, field: "funds.total");
    }
}
