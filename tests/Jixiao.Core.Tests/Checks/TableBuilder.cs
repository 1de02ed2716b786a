global using T = Jixiao.Tests.Checks.TableBuilder;
using Jixiao.Checks;
using Jixiao.Diagnostics;
using Jixiao.Framework;
using Jixiao.Model;
using Jixiao.Profiles;
using Jixiao.Values;
using FundsRecord = Jixiao.Model.Funds;

namespace Jixiao.Tests.Checks;

/// <summary>
/// Builds target tables for check tests so that a case reads like a table row: labels as written, values as people
/// write cells (read through <see cref="ValueReader.Read"/>), funds in 万元 unless stated. Immutable: every step
/// returns a new builder, so cases can share a base table.
/// </summary>
public sealed record TableBuilder
{
    /// <summary>The line of the table's first row; indicator k sits on line <see cref="FirstIndicatorLine"/> + k.</summary>
    public const int TableLine = 3;

    public const int FirstIndicatorLine = 20;

    /// <summary>The checkpoints of seed 004's 资金支出计划.</summary>
    public static readonly string[] Checkpoints = ["3月底", "6月底", "10月底", "12月底"];

    public TargetTable Table { get; init; } = new();

    /// <summary>A project table with a name, a year, an annual goal holding a number, and annual funds in 万元.</summary>
    public static TableBuilder Project(decimal? funds = 100, string? name = "信访稳定工作专项", int? year = 2024,
        string? goal = "全年办理信访事项不少于200件，群众满意度达到95%以上。") => new()
        {
            Table = new TargetTable
            {
                Kind = TableKind.Project,
                ProjectName = name,
                Year = year,
                Funds = funds is null ? null : new FundsRecord { Total = funds },
                Goals = new Goals { Annual = goal },
                Line = TableLine,
            },
        };

    /// <summary>
    /// A department table: 预算支出总额 = 基本支出 + 项目支出 as written, and (as the reader does) its funds total
    /// mirrored into <see cref="TargetTable.Funds"/>.
    /// </summary>
    public static TableBuilder Department(decimal? total = 500, decimal? basic = 300, decimal? project = 200,
        string unit = "信访办公室", int? year = 2024, string? goal = "全年接待群众来访不少于1000人次。") => new()
        {
            Table = new TargetTable
            {
                Kind = TableKind.Department,
                Unit = unit,
                Year = year,
                Funds = new FundsRecord { Total = total },
                DepartmentBudget = new DepartmentBudget(total,
                    basic is null ? null : new BudgetPart(basic, null, null, null),
                    project is null ? null : new BudgetPart(project, null, null, null)),
                Goals = new Goals { Annual = goal },
                Line = TableLine,
            },
        };

    /// <summary>An annual indicator row: 一级指标, 二级指标, 三级指标, 指标值 (and optional 指标性质, 度量单位, 权重 cells).</summary>
    public TableBuilder With(string? level1, string? level2, string? name, string? value, decimal? weight = null,
        string? nature = null, string? unit = null, Horizon horizon = Horizon.Annual)
    {
        // As the reader does: a level-2 label standing alone in the level-1 column (可持续发展能力) is that level 2,
        // and a lone 满意度指标 is both levels.
        var m1 = IndicatorFramework.Match(level1);
        var l2 = string.IsNullOrWhiteSpace(level2)
            ? m1.AsLevel1 is null ? m1.AsLevel2 : m1.AsLevel1 == Level1.Satisfaction ? Level2.Satisfaction : null
            : IndicatorFramework.Match(level2).AsLevel2;
        var indicator = new Indicator
        {
            Level1 = m1.AsLevel1 ?? l2?.Parent(),
            Level2 = l2,
            Level1Text = level1,
            Level2Text = level2,
            Name = name,
            Value = ValueReader.Read(value, nature, unit),
            NatureText = nature,
            Weight = weight,
            Horizon = horizon,
            Line = FirstIndicatorLine + Table.Indicators.Count,
        };
        return this with { Table = Table with { Indicators = [.. Table.Indicators, indicator] } };
    }

    /// <summary>A mid-term indicator row (中期目标 columns of a multi-year table).</summary>
    public TableBuilder MidTerm(string? level1, string? level2, string? name, string? value, decimal? weight = null,
        string? nature = null, string? unit = null) => With(level1, level2, name, value, weight, nature, unit, Horizon.MidTerm);

    /// <summary>The five categories the national profile requires, one plain indicator each.</summary>
    public TableBuilder WithRequiredCategories() => this
        .With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次")
        .With("产出指标", "质量指标", "信访事项按期办结率", "≥95%")
        .With("产出指标", "时效指标", "信访事项受理时限", "≤15天")
        .With("效益指标", "社会效益指标", "社会矛盾化解", "有效化解")
        .With("满意度指标", "服务对象满意度指标", "信访群众满意度", "≥95%");

    public TableBuilder Named(string? name) => this with { Table = Table with { ProjectName = name } };

    public TableBuilder InYear(int? year) => this with { Table = Table with { Year = year } };

    public TableBuilder Goal(string? annual, string? midTerm = null) =>
        this with { Table = Table with { Goals = new Goals { Annual = annual, MidTerm = midTerm } } };

    /// <summary>年度资金总额 and its split (财政拨款, 专户资金, 单位资金, 结余结转, 其他资金).</summary>
    public TableBuilder AnnualFunds(decimal? total, decimal? fiscal = null, decimal? special = null, decimal? own = null,
        decimal? carryOver = null, decimal? other = null, string currency = "万元") =>
        this with { Table = Table with { Funds = Split(total, fiscal, special, own, carryOver, other, currency) } };

    /// <summary>中期资金总额 and its split.</summary>
    public TableBuilder MidTermFunds(decimal? total, decimal? fiscal = null, decimal? special = null, decimal? own = null,
        decimal? carryOver = null, decimal? other = null, string currency = "万元") =>
        this with { Table = Table with { MidTermFunds = Split(total, fiscal, special, own, carryOver, other, currency) } };

    /// <summary>A department table's 基本支出 column group (合计 = 财政拨款 + 专户资金 + 单位资金).</summary>
    public TableBuilder Basic(decimal? total, decimal? fiscal = null, decimal? special = null, decimal? own = null) =>
        this with { Table = Table with { DepartmentBudget = Budget() with { Basic = new BudgetPart(total, fiscal, special, own) } } };

    /// <summary>A department table's 项目支出 column group.</summary>
    public TableBuilder ProjectSpending(decimal? total, decimal? fiscal = null, decimal? special = null, decimal? own = null) =>
        this with { Table = Table with { DepartmentBudget = Budget() with { Project = new BudgetPart(total, fiscal, special, own) } } };

    /// <summary>资金支出计划: cumulative percentages; four values take seed 004's checkpoints (3月底 … 12月底).</summary>
    public TableBuilder Plan(params decimal?[] cumulativePercents)
    {
        var names = cumulativePercents.Length == Checkpoints.Length
            ? Checkpoints
            : cumulativePercents.Select((_, k) => $"第{k + 1}季度末").ToArray();
        return this with { Table = Table with { SpendingPlan = cumulativePercents.Select((p, k) => new SpendingCheckpoint(names[k], p)).ToList() } };
    }

    /// <summary>A separately declared 预算执行率 weight (e.g. 10, leaving 90 for the indicators).</summary>
    public TableBuilder ExecutionWeight(decimal fullScore) => this with { Table = Table with { Execution = new Execution { FullScore = fullScore } } };

    /// <summary>A finding the reader attached to the table.</summary>
    public TableBuilder ReadFinding(string code, Severity severity, int? line = null) =>
        this with { Table = Table with { Diagnostics = [.. Table.Diagnostics, new Diagnostic(code, severity, "读取提示", line ?? Table.Line)] } };

    public TargetTable Build() => Table;

    /// <summary>Runs one check over the table, with the other tables of its document and a profile (national by default).</summary>
    public IReadOnlyList<Diagnostic> Run(Check check, Profile? profile = null, IEnumerable<TableBuilder>? others = null)
    {
        var document = new List<TargetTable> { Table };
        if (others is not null) document.AddRange(others.Select(o => o.Table));
        return check.Run(new CheckContext(Table, document, profile ?? Profile.National)).ToList();
    }

    private DepartmentBudget Budget() => Table.DepartmentBudget ?? new DepartmentBudget(null, null, null);

    private static FundsRecord Split(decimal? total, decimal? fiscal, decimal? special, decimal? own, decimal? carryOver, decimal? other, string currency) =>
        new() { Total = total, Fiscal = fiscal, Special = special, Own = own, CarryOver = carryOver, Other = other, Currency = currency };
}
