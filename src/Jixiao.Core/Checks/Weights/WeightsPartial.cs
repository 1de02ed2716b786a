using Jixiao.Diagnostics;

namespace Jixiao.Checks.Weights;

/// <summary>JX401: weights given for some indicators of a horizon and not for others.</summary>
public sealed class WeightsPartial : Check
{
    public override string Code => "JX401";
    public override string Title => "部分指标缺少权重";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        foreach (var horizon in c.Table.Indicators.Select(i => i.Horizon).Distinct())
        {
            var set = c.Indexed.Where(x => x.Indicator.Horizon == horizon).ToList();
            if (!set.Any(x => x.Indicator.Weight is not null)) continue;
            foreach (var (i, k) in set.Where(x => x.Indicator.Weight is null))
                yield return AtIndicator(c, k, $"本表有指标设了权重，指标“{i.Name ?? "（未命名）"}”却没有；请补填权重。", "weight");
        }
    }
}
