using System.Globalization;

namespace Jixiao.Generator;

/// <summary>Draws clean tables: every number, name, weight and amount chosen so that the review finds nothing.</summary>
internal static class TableFactory
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static TableSpec Project(Rng rng, Domain domain, string region, string departmentCode, int year, string projectName, string unit)
    {
        var t = new TableSpec
        {
            Year = year,
            Department = region + domain.Department,
            DepartmentCode = departmentCode,
            Unit = region + unit,
            UnitCode = departmentCode + rng.Int(1, 99).ToString("00", Inv),
            ProjectName = projectName,
            ProjectCode = $"{departmentCode}-{year % 100:00}{rng.Int(1, 12):00}-{Code(rng, 3)}-{Code(rng, 4)}",
            Manager = rng.Pick(Vocabulary.Surnames) + rng.Pick(Vocabulary.GivenNames) + " 1" + rng.Int(30, 99).ToString(Inv) + rng.Int(10000000, 99999999).ToString(Inv),
            ProjectType = rng.Pick(Vocabulary.ProjectTypes),
        };
        t.Total = rng.Chance(0.2) ? rng.Int(500, 9999) / 100m : rng.Chance(0.85) ? rng.Int(1000, 50000) / 100m : rng.Int(50000, 300000) / 100m;
        t.Fiscal = t.Total;
        var split = rng.Double();
        if (split < 0.15) { t.Own = Math.Round(t.Total * rng.Int(5, 30) / 100m, 2); t.ShowOwn = true; }
        else if (split < 0.3) { t.CarryOver = Math.Round(t.Total * rng.Int(5, 30) / 100m, 2); t.ShowCarryOver = true; }
        else if (split < 0.4) t.Other = Math.Round(t.Total * rng.Int(5, 20) / 100m, 2);
        t.Fiscal = t.Total - t.Own - t.CarryOver - t.Other;
        t.Spent = Math.Round(t.Total * rng.Int(85, 100) / 100m, 2);
        t.Usage = $"主要用于{projectName}的{rng.Pick(["日常运行", "组织实施", "宣传培训", "设备购置与维护", "补助发放"])}等支出，保障项目按计划顺利实施。";
        t.Goal = Goal(rng, projectName, domain);
        t.Achieved = $"全年{projectName}各项任务基本完成，资金按计划支出，{rng.Pick(Vocabulary.GoalEffects)}。";
        FillIndicators(rng, t, domain, isDepartment: false);
        return t;
    }

    public static TableSpec Department(Rng rng, Domain domain, string region, string departmentCode, int year)
    {
        var t = new TableSpec
        {
            IsDepartment = true,
            Year = year,
            Department = region + domain.Department,
            DepartmentCode = departmentCode,
            Unit = region + domain.Department,
            UnitCode = departmentCode + "001",
        };
        t.BasicFiscal = rng.Int(20000, 200000) / 100m;
        t.BasicOwn = rng.Chance(0.3) ? rng.Int(100, 5000) / 100m : 0;
        t.Goal = $"严格落实{domain.Department.Replace("局", "", StringComparison.Ordinal)}工作各项部署，{rng.Pick(Vocabulary.GoalEffects)}，保障单位正常运转和重点项目顺利实施。";
        t.Spent = 0;
        FillIndicators(rng, t, domain, isDepartment: true);
        return t;
    }

    private static string Code(Rng rng, int n)
    {
        const string letters = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        var c = new char[n];
        for (var i = 0; i < n; i++) c[i] = letters[rng.Int(0, letters.Length - 1)];
        return new string(c);
    }

    private static string Goal(Rng rng, string project, Domain domain) =>
        $"{rng.Pick(Vocabulary.GoalOpenings)}{project}各项任务，{rng.Pick(domain.Beneficiaries)}得到有效服务，{rng.Pick(Vocabulary.GoalEffects)}。";

    private static void FillIndicators(Rng rng, TableSpec t, Domain domain, bool isDepartment)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        void Add(string l1, string l2, IndicatorTemplate tpl)
        {
            if (!names.Add(tpl.Name)) return;
            t.Indicators.Add(Make(rng, t, l1, l2, tpl));
        }
        foreach (var q in rng.Sample(domain.Quantities, rng.Int(3, 5))) Add("产出指标", "数量指标", q);
        var quality = rng.Sample(domain.Qualities, rng.Int(1, 3)).Concat(rng.Sample(Vocabulary.QualityGrades, rng.Int(0, 1))).ToList();
        foreach (var q in quality) Add("产出指标", "质量指标", q);
        foreach (var q in rng.Sample(Vocabulary.Timeliness, rng.Int(1, 2))) Add("产出指标", "时效指标", q);
        if (!isDepartment && rng.Chance(0.85))
        {
            foreach (var q in rng.Sample(Vocabulary.CostPerUnit, rng.Int(0, 1))) Add("产出指标", "成本指标", q);
            foreach (var q in rng.Sample(Vocabulary.CostTotals, 1)) Add("产出指标", "成本指标", q);
        }
        if (rng.Chance(0.3)) foreach (var q in rng.Sample(Vocabulary.Economic, 1)) Add("效益指标", "经济效益指标", q);
        foreach (var q in rng.Sample(domain.Effects, rng.Int(1, 3))) Add("效益指标", "社会效益指标", q);
        if (rng.Chance(0.3)) foreach (var q in rng.Sample(Vocabulary.Ecological, 1)) Add("效益指标", "生态效益指标", q);
        if (rng.Chance(0.7)) foreach (var q in rng.Sample(Vocabulary.Sustainable, rng.Int(1, 2))) Add("效益指标", "可持续影响指标", q);
        foreach (var b in rng.Sample(domain.Beneficiaries, rng.Int(1, 2)))
            Add("满意度指标", "服务对象满意度指标", IndicatorTemplate.Rate(b + "满意度", 85, 98));
    }

    /// <summary>One indicator from a template: a target in range, its description and basis, and a plausible value reached.</summary>
    public static IndicatorSpec Make(Rng rng, TableSpec t, string l1, string l2, IndicatorTemplate tpl)
    {
        var i = new IndicatorSpec
        {
            Level1 = l1,
            Level2 = l2,
            Name = tpl.Name,
            Kind = tpl.Kind,
            Unit = tpl.Unit,
            Comparator = tpl.Kind == ValueKind.Qualitative ? null : tpl.Comparator,
            Description = $"反映{tpl.Name}情况",
            Basis = rng.Pick(Vocabulary.Bases),
        };
        switch (tpl.Kind)
        {
            case ValueKind.Qualitative:
                i.Grade = rng.Pick(tpl.Grades!);
                i.Actual = "达成年度指标";
                i.ActualShown = i.Grade;
                return i;
            case ValueKind.Money:
                SetMoney(rng, i, t.Total);
                return i;
        }
        var n = rng.Int(tpl.Min, tpl.Max);
        if (tpl.Kind == ValueKind.Percent && tpl.Comparator == "≥" && n == 100 && rng.Chance(0.5)) i.Comparator = "=";
        if (tpl.Kind == ValueKind.Count && n >= 1000) n = n / 10 * 10;
        i.Number = n.ToString(Inv);
        SetActual(rng, i, n);
        return i;
    }

    /// <summary>A cost in 万元 within the funds it belongs to.</summary>
    public static void SetMoney(Rng rng, IndicatorSpec i, decimal funds)
    {
        var amount = Math.Max(0.01m, Math.Round(funds * rng.Int(20, 90) / 100m, 2));
        i.Kind = ValueKind.Money;
        i.Unit = "万元";
        i.Comparator = "≤";
        i.Number = Amount(amount);
        i.Actual = Amount(Math.Round(amount * rng.Int(85, 100) / 100m, 2)) + "万元";
        i.ActualShown = i.Actual;
    }

    public static void SetActual(Rng rng, IndicatorSpec i, decimal target)
    {
        decimal actual = i.Comparator switch
        {
            "≤" => Math.Floor(target * rng.Int(70, 100) / 100m),
            "=" => target,
            _ => rng.Chance(0.85) ? Math.Ceiling(target * rng.Int(100, 112) / 100m) : Math.Floor(target * rng.Int(85, 99) / 100m),
        };
        if (i.Kind == ValueKind.Percent && actual > 100) actual = 100;
        i.Actual = actual.ToString(Inv) + i.Unit;
        i.ActualShown = i.Actual;
    }

    public static string Amount(decimal d) => d.ToString("0.##", Inv);
}
