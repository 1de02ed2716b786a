using Jixiao.Diagnostics;

namespace Jixiao.Checks.Completeness;

/// <summary>JX105: a table without indicators: nothing in it can be monitored or scored.</summary>
public sealed class NoIndicators : Check
{
    public override string Code => "JX105";
    public override string Title => "没有绩效指标";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        if (c.Table.Indicators.Count > 0) yield break;
        yield return Finding($"表“{c.TableName}”没有任何三级绩效指标，请按产出、效益、满意度设置可衡量的指标。", c.Table.Line, field: "indicators");
    }
}
