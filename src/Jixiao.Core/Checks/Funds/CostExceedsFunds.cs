using Jixiao.Diagnostics;
using Jixiao.Framework;
using Jixiao.Values;

namespace Jixiao.Checks.Funds;

/// <summary>JX305: a cost indicator in money larger than the funds of its horizon.</summary>
public sealed class CostExceedsFunds : Check
{
    public override string Code => "JX305";
    public override string Title => "成本指标金额超过项目资金";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        foreach (var (i, k) in c.Indexed)
        {
            var isCost = i.Level2 is Level2.Cost or Level2.EconomicCost or Level2.SocialCost or Level2.EcologicalCost || i.Level1 == Level1.Cost;
            if (!isCost || i.Value.UnitKind != UnitKind.Money || i.Value.Number is not { } amount) continue;
            var funds = c.FundsOf(i.Horizon);
            if (funds?.Total is not { } total || total <= 0) continue;
            var inFunds = amount * (Units.ToWanYuan(i.Value.Unit) ?? 1) / (Units.ToWanYuan(funds.Currency) ?? 1);
            if (inFunds > total + 0.005m)
            {
                var which = i.Horizon == Model.Horizon.MidTerm ? "中期资金总额" : "年度资金总额";
                yield return AtIndicator(c, k, $"成本指标“{i.Name}”为 {i.Value.Text}，超过{which} {FundSplitMismatch.N(total)} {funds.Currency}；成本不能大于可用资金，请核对。");
            }
        }
    }
}
