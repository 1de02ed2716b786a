using Jixiao.Diagnostics;
using Jixiao.Framework;
using Jixiao.Values;

namespace Jixiao.Checks.Classification;

/// <summary>JX501: an indicator filed under the wrong level 2: money under 数量/质量/时效, a satisfaction rate under 产出.</summary>
public sealed class MisfiledIndicator : Check
{
    public override string Code => "JX501";
    public override string Title => "指标归类错误";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        foreach (var (i, k) in c.Indexed)
        {
            if (i.Level2 is not (Level2.Quantity or Level2.Quality or Level2.Timeliness)) continue;
            var money = i.Value.UnitKind is UnitKind.Money or UnitKind.MoneyPerUnit
                        || i.Value.Status == ValueStatus.Number && i.Value.Unit is null && IndicatorNames.SpeaksOfMoney(i.Name);
            if (money)
                yield return AtIndicator(c, k, $"指标“{i.Name ?? "（未命名）"}”衡量的是资金（{i.Value.Text}），却归在{i.Level2.Value.Name()}下；资金类指标应归入成本指标。", "level2");
            else if (IndicatorNames.IsSatisfactionRate(i.Name, i.Value.UnitKind))
                yield return AtIndicator(c, k, $"指标“{i.Name}”是满意度，却归在产出指标的{i.Level2.Value.Name()}下；应归入满意度指标。", "level2");
        }
    }
}
