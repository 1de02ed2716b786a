using Jixiao.Diagnostics;
using Jixiao.Model;

namespace Jixiao.Checks.Completeness;

/// <summary>JX103: a project table without its annual funds total.</summary>
public sealed class MissingAnnualFunds : Check
{
    public override string Code => "JX103";
    public override string Title => "项目表缺少年度资金总额";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        if (c.Table.Kind == TableKind.Project && c.Table.Funds?.Total is null)
            yield return Finding($"项目“{c.TableName}”没有填写年度资金总额，无法判断资金与目标是否匹配，请补填。", c.Table.Line, field: "funds.total");
    }
}
