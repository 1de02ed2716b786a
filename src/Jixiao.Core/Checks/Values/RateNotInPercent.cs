using Jixiao.Diagnostics;
using Jixiao.Values;

namespace Jixiao.Checks.Values;

/// <summary>JX204: a rate (率, 比例, 占比, 满意度) measured in money, a count or a time.</summary>
public sealed class RateNotInPercent : Check
{
    public override string Code => "JX204";
    public override string Title => "比率指标的单位不是百分比";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        foreach (var (i, k) in c.Indexed)
        {
            if (!IndicatorNames.IsRate(i.Name) || i.Value.Status != ValueStatus.Number) continue;
            var what = i.Value.UnitKind switch
            {
                UnitKind.Money or UnitKind.MoneyPerUnit => "金额",
                UnitKind.Count => "数量",
                UnitKind.Time => "时间",
                _ => null,
            };
            if (what is not null)
                yield return AtIndicator(c, k, $"指标“{i.Name}”是比率，指标值却是{what}“{i.Value.Text}”；请改为百分比（如“≥95%”），或把指标名称改为它实际衡量的内容。");
        }
    }
}
