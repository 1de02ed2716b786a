using Jixiao.Diagnostics;
using Jixiao.Values;

namespace Jixiao.Checks.Values;

/// <summary>JX202: a comparator the profile does not allow (nationally: ≈ / ≅).</summary>
public sealed class ComparatorNotAllowed : Check
{
    public override string Code => "JX202";
    public override string Title => "使用了不允许的比较符号";
    public override Severity Severity => Severity.Warning;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        foreach (var (i, k) in c.Indexed)
            if (i.Value.Comparator is { } cmp && !c.Profile.AllowedComparators.Contains(cmp))
                yield return AtIndicator(c, k, $"指标“{i.Name ?? "（未命名）"}”使用了比较符号“{i.NatureText ?? cmp.ToSymbol()}”，本口径不允许；请改为“≥”“≤”或“=”并给出明确数值。");
    }
}
