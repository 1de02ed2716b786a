using Jixiao.Diagnostics;
using Jixiao.Framework;
using Jixiao.Model;

namespace Jixiao.Reading;

/// <summary>The mutable state of one table while it is read; <see cref="Build"/> freezes it into a <see cref="TargetTable"/>.</summary>
internal sealed class TableBuilder(int line)
{
    public int Line { get; } = line;
    public string? Title;
    public TableKind? Kind;
    public TableStage Stage = TableStage.Target;
    public int? Year;
    public string? Unit, UnitCode, Department, DepartmentCode, ProjectName, ProjectCode, Manager, Phone, ProjectType, Duration, FundsUsage;
    public string Currency = "万元";
    public bool CurrencyStated;
    public FundsDraft Annual = new();
    public FundsDraft MidTerm = new();
    public decimal? DeptTotal;
    public BudgetPart? Basic, ProjectPart;
    public List<SpendingCheckpoint> Plan = [];
    public string? GoalAnnual, GoalMidTerm, MidTermPeriod, GoalBreakdown, GoalMeasures, GoalAchieved;
    public Execution? Execution;
    public decimal? PublishedTotal;
    public List<Indicator> Indicators = [];
    public List<Level2> Listed = [];
    public List<Diagnostic> Findings = [];
    /// <summary>Order in which the table names its horizons (中期 … 年度), for side-by-side indicator groups.</summary>
    public List<Horizon> HorizonOrder = [];
    public bool HasFacts;

    public bool HasContent => HasFacts || Indicators.Count > 0 || GoalAnnual is not null || GoalMidTerm is not null || GoalBreakdown is not null;

    public string DisplayName => ProjectName ?? Unit ?? Title ?? $"第 {Line} 行起的表";

    public void NoteHorizon(Horizon h)
    {
        if (!HorizonOrder.Contains(h)) HorizonOrder.Add(h);
    }

    public TargetTable Build()
    {
        var kind = Kind ?? (ProjectName is null && (DeptTotal is not null || Basic is not null) ? TableKind.Department : TableKind.Project);
        Funds? funds = Annual.ToFunds(Currency);
        if (kind == TableKind.Department && funds is null && (DeptTotal is not null || Basic is not null || ProjectPart is not null))
        {
            decimal? fiscal = Basic?.Fiscal is null && ProjectPart?.Fiscal is null ? null : (Basic?.Fiscal ?? 0) + (ProjectPart?.Fiscal ?? 0);
            decimal? special = Basic?.Special is null && ProjectPart?.Special is null ? null : (Basic?.Special ?? 0) + (ProjectPart?.Special ?? 0);
            decimal? own = Basic?.Own is null && ProjectPart?.Own is null ? null : (Basic?.Own ?? 0) + (ProjectPart?.Own ?? 0);
            funds = new Funds { Total = DeptTotal, Fiscal = fiscal, Special = special, Own = own, Currency = Currency };
        }
        var findings = new List<Diagnostic>(Findings);
        if (Indicators.Count == 0 && kind == TableKind.Project)
            findings.Add(new Diagnostic(ReadingCodes.TableWithoutIndicators, Severity.Warning, Messages.TableWithoutIndicators(DisplayName), Line));
        return new TargetTable
        {
            Kind = kind,
            Stage = Stage,
            Title = Title,
            Year = Year,
            Unit = Unit,
            UnitCode = UnitCode,
            Department = Department,
            DepartmentCode = DepartmentCode,
            ProjectName = kind == TableKind.Project ? ProjectName : ProjectName,
            ProjectCode = ProjectCode,
            Manager = Manager,
            Phone = Phone,
            ProjectType = ProjectType,
            Duration = Duration,
            Funds = funds,
            MidTermFunds = MidTerm.ToFunds(Currency),
            DepartmentBudget = DeptTotal is null && Basic is null && ProjectPart is null ? null : new DepartmentBudget(DeptTotal, Basic, ProjectPart),
            FundsUsage = FundsUsage,
            SpendingPlan = Plan,
            Goals = new Goals
            {
                Annual = GoalAnnual,
                MidTerm = GoalMidTerm,
                MidTermPeriod = MidTermPeriod,
                Breakdown = GoalBreakdown,
                Measures = GoalMeasures,
                AnnualAchieved = GoalAchieved,
            },
            Execution = Execution,
            PublishedTotal = PublishedTotal,
            Indicators = Indicators,
            ListedCategories = Listed.Distinct().ToList(),
            Diagnostics = findings,
            Line = Line,
        };
    }
}

/// <summary>Fund lines of one horizon while they are read.</summary>
internal sealed class FundsDraft
{
    public decimal? Total, Fiscal, Special, Own, CarryOver, Other;
    public bool Seen;

    public Funds? ToFunds(string currency) => !Seen ? null : new Funds
    {
        Total = Total, Fiscal = Fiscal, Special = Special, Own = Own, CarryOver = CarryOver, Other = Other, Currency = currency,
    };

    public void Set(FactKey key, decimal? value)
    {
        Seen = true;
        switch (key)
        {
            case FactKey.AnnualTotal or FactKey.MidTermTotal: Total = value; break;
            case FactKey.Fiscal: Fiscal = value; break;
            case FactKey.Special: Special = value; break;
            case FactKey.Own: Own = value; break;
            case FactKey.CarryOver: CarryOver = value; break;
            case FactKey.Other: Other = value; break;
        }
    }
}
