namespace Jixiao.Model;

/// <summary>One column group of a department table's funds block: 基本支出 or 项目支出.</summary>
public sealed record BudgetPart(decimal? Total, decimal? Fiscal, decimal? Special, decimal? Own);
