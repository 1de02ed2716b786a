using Jixiao.Diagnostics;
using Jixiao.Framework;
using Jixiao.Values;

namespace Jixiao.Checks.Values;

/// <summary>JX205: a qualitative value on a quantity, time or cost indicator, which should be a number.</summary>
public sealed class QualitativeOnQuantity : Check
{
    public override string Code => "JX205";
    public override string Title => "数量、时效、成本指标使用了定性值";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        foreach (var (i, k) in c.Indexed)
        {
            if (i.Value.Status != ValueStatus.Qualitative) continue;
            if (i.Level2 is Level2.Quantity or Level2.Timeliness or Level2.Cost or Level2.EconomicCost or Level2.SocialCost or Level2.EcologicalCost
                || i.Level2 is null && i.Level1 == Level1.Cost)
                yield return AtIndicator(c, k, $"指标“{i.Name ?? "（未命名）"}”属于{(i.Level2?.Name() ?? i.Level1!.Value.Name())}，应当可以量化，指标值却是定性的“{i.Value.Text}”；请给出数值（如次数、天数、金额）。");
        }
    }
}
