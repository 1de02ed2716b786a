namespace Jixiao.Generator;

/// <summary>A generated table (a project table, or a department's 整体 table) before it is written out.</summary>
internal sealed class TableSpec
{
    public bool IsDepartment { get; init; }
    public int Year { get; init; }
    public required string Department { get; init; }
    public required string DepartmentCode { get; init; }
    public required string Unit { get; init; }
    public required string UnitCode { get; init; }
    public string ProjectName { get; set; } = "";
    public string ProjectCode { get; set; } = "";
    public string Manager { get; set; } = "";
    public string ProjectType { get; set; } = "";
    public string Usage { get; set; } = "";
    public string? Goal { get; set; }
    public string? Achieved { get; set; }

    // Project funds (万元): total = fiscal + own + carry-over + other, as printed.
    public decimal Total { get; set; }
    public decimal Fiscal { get; set; }
    public decimal Own { get; set; }
    public decimal CarryOver { get; set; }
    public decimal Other { get; set; }
    public bool ShowOwn { get; set; }
    public bool ShowCarryOver { get; set; }
    public decimal Spent { get; set; }

    // Department funds: 预算支出总额 = 基本支出 + 项目支出, each = 财政拨款 + 单位资金.
    public decimal BasicFiscal { get; set; }
    public decimal BasicOwn { get; set; }
    public decimal ProjectOwn { get; set; }
    public decimal ProjectTotal { get; set; }
    public decimal DepartmentTotalError { get; set; }

    /// <summary>Cumulative percentages at 3月底, 6月底, 9月底, 12月底; null when the table has no spending plan.</summary>
    public decimal[]? Plan { get; set; }

    public List<IndicatorSpec> Indicators { get; } = [];
    public bool Weighted { get; set; }
    public int WeightTotal { get; set; } = 100;

    public PlantedMistake? Mistake { get; set; }

    /// <summary>The name an entry sheet uses for the table.</summary>
    public string EntryName => IsDepartment ? "部门整体" : ProjectName;
}
