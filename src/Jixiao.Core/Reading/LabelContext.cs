using Jixiao.Framework;

namespace Jixiao.Reading;

/// <summary>
/// The level-1/level-2 labels in force for one indicator group: labels stand in merged cells, so a label applies to
/// the rows below it until the next one. A level-2 label fixes its level 1 by the framework.
/// </summary>
internal sealed class LabelContext
{
    public Level1? L1;
    public Level2? L2;
    public string? L1Text;
    public string? L2Text;

    public void Apply(string? l1Cell, string? l2Cell)
    {
        var m1 = IndicatorFramework.Match(l1Cell);
        var m2 = IndicatorFramework.Match(l2Cell);
        if (l1Cell is not null && l2Cell is not null && Same(l1Cell, l2Cell))
        {
            // 满意度指标 | 满意度指标, 成本指标 | 成本指标 (under 产出), 可持续发展能力 | 可持续发展能力.
            if (m1.AsLevel2 is { } both && (m1.AsLevel1 is null || L1 == both.Parent() && m1.AsLevel1 != Level1.Satisfaction))
            {
                SetLevel2(both, l2Cell, keepLevel1Text: L1 == both.Parent());
                if (m1.AsLevel1 is null) L1Text = l1Cell;
            }
            else if (m1.AsLevel1 is { } l1)
            {
                SetLevel1(l1, l1Cell);
                if (m1.AsLevel2 is { } l2 && l2.Parent() == l1) { L2 = l2; L2Text = l2Cell; }
            }
            return;
        }
        if (l1Cell is not null && l2Cell is not null && m1.AsLevel1 is { } written && m1.AsLevel2 is null && m2.AsLevel2 is { } under && under.Parent() != written && m2.AsLevel1 is null)
        {
            // Both labels written in one row and they disagree: keep what was written, the review reports it (JX502).
            L1 = written;
            L1Text = l1Cell;
            L2 = under;
            L2Text = l2Cell;
            return;
        }
        if (l1Cell is not null && l2Cell is null && m1.AsLevel1 is not null && m1.AsLevel2 is { } alsoL2 && L1 == alsoL2.Parent())
        {
            // A lone 成本指标 while under 产出指标 is its level 2, not the level-1 成本指标.
            SetLevel2(alsoL2, l1Cell, keepLevel1Text: true);
            return;
        }
        if (l1Cell is not null)
        {
            if (m1.AsLevel1 is { } l1) SetLevel1(l1, l1Cell);
            else if (m1.AsLevel2 is { } asL2)
            {
                // A level-2 label standing in the level-1 column (可持续发展能力 in a department table).
                if (l2Cell is null) { SetLevel2(asL2, l1Cell, keepLevel1Text: false); return; }
                L1 = asL2.Parent();
                L1Text = l1Cell;
                L2 = null;
                L2Text = null;
            }
        }
        if (l2Cell is not null)
        {
            if (m2.AsLevel2 is { } l2)
            {
                // 成本指标 as level 2 under 产出; as level 1 only when the table uses 成本指标 as a level 1.
                if (m2.AsLevel1 == Level1.Cost && L1 == Level1.Cost && l1Cell is null) { L2 = null; L2Text = l2Cell; return; }
                SetLevel2(l2, l2Cell, keepLevel1Text: L1 == l2.Parent());
            }
            else if (m2.AsLevel1 is { } asL1)
            {
                SetLevel1(asL1, l2Cell);
            }
        }
    }

    private void SetLevel1(Level1 l1, string text)
    {
        L1 = l1;
        L1Text = text;
        L2 = l1 == Level1.Satisfaction ? Level2.Satisfaction : null;
        L2Text = null;
    }

    private void SetLevel2(Level2 l2, string text, bool keepLevel1Text)
    {
        if (!keepLevel1Text || L1 != l2.Parent())
        {
            L1Text = L1 == l2.Parent() ? L1Text : null;
            L1 = l2.Parent();
        }
        L2 = l2;
        L2Text = text;
    }

    private static bool Same(string a, string b) => IndicatorFramework.Match(a) == IndicatorFramework.Match(b) && (a == b || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal));
}
