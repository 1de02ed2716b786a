namespace Jixiao.Model;

/// <summary>A department table's 总体资金情况: 预算支出总额 = 基本支出 + 项目支出.</summary>
public sealed record DepartmentBudget(decimal? Total, BudgetPart? Basic, BudgetPart? Project);
