using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Exchange;
using Jixiao.Model;

namespace Jixiao.Documents.Writing;

/// <summary>
/// Open data for publishing: the documents in the exchange format (EXCHANGE.md, an array of documents) and a
/// Frictionless Data Package descriptor (datapackage.json) describing that JSON and the indicator CSV of
/// <see cref="CsvWriter"/>, field by field, so a data portal can show and check them.
/// </summary>
public static class OpenDataWriter
{
    public const string DescriptorPath = "datapackage.json";
    public const string JsonPath = "tables.json";
    public const string CsvPath = "indicators.csv";

    /// <summary>Stands in the descriptor until the publisher chooses the licence the data is opened under.</summary>
    public const string LicensePlaceholder = "to-be-set-by-publisher";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="maskPhones">Open data is a published view, so mobile numbers are masked (`191****3693`) unless the unit chooses otherwise.</param>
    public static (string Json, string Descriptor) Write(IReadOnlyList<ReadResult> documents, bool maskPhones = true)
    {
        var json = new JsonArray(documents.Select(d => (JsonNode)ExchangeWriter.ToJson(d)).ToArray());
        if (maskPhones) Mask(json);
        var tables = documents.SelectMany(d => d.Tables).ToList();
        return (ExchangeWriter.Serialize(json), Descriptor(CsvWriter.Columns(tables)).ToJsonString(Options));
    }

    /// <summary>Every field of the exchange JSON, by path inside one document (`tables[].indicators[].name`).</summary>
    public static IReadOnlyList<(string Path, string Type, string Title, string Description)> JsonFields { get; } = ExchangeFields().ToList();

    private static JsonObject Descriptor(IReadOnlyList<CsvColumn> columns) => new()
    {
        ["profile"] = "data-package",
        ["name"] = "jixiao-performance-targets",
        ["title"] = "预算绩效目标表",
        ["description"] = "预算单位公开的绩效目标表（项目支出、部门整体支出及自评表）：表头信息、资金、总体目标和各级绩效指标。"
            + $"{JsonPath} 为完整数据（交换格式，每个元素是一份文档），{CsvPath} 为每个三级指标一行的明细表。个人手机号已隐去中间四位。",
        ["keywords"] = new JsonArray("预算绩效", "绩效目标", "绩效指标", "财政公开"),
        ["licenses"] = new JsonArray(new JsonObject
        {
            ["name"] = LicensePlaceholder,
            ["title"] = "待发布单位填写开放许可（如 CC-BY-4.0 或本地政府数据开放协议）",
        }),
        ["resources"] = new JsonArray(
            new JsonObject
            {
                ["name"] = "tables",
                ["path"] = JsonPath,
                ["profile"] = "data-resource",
                ["title"] = "绩效目标表（完整数据）",
                ["description"] = "JSON 数组，每个元素是一份被读取的文档：来源、表格（表头、资金、目标、指标）和读取时发现的问题。"
                    + "字段路径相对于一份文档，[] 表示数组中的每个元素；无法确定的值为 null，不作猜测。",
                ["format"] = "json",
                ["mediatype"] = "application/json",
                ["encoding"] = "utf-8",
                ["schema"] = new JsonObject
                {
                    ["fields"] = new JsonArray(JsonFields.Select(f => (JsonNode)Field(f.Path, f.Type, f.Title, f.Description)).ToArray()),
                },
            },
            new JsonObject
            {
                ["name"] = "indicators",
                ["path"] = CsvPath,
                ["profile"] = "tabular-data-resource",
                ["title"] = "绩效指标明细",
                ["description"] = "每个三级指标一行，所属表格的年度、部门、单位、项目和资金重复列出。"
                    + $"以 = + - @ 开头的文字前加了英文单引号（{CsvWriter.FormulaGuard}），以免电子表格将其当作公式。",
                ["format"] = "csv",
                ["mediatype"] = "text/csv",
                ["encoding"] = "utf-8",
                ["dialect"] = new JsonObject
                {
                    ["delimiter"] = ",",
                    ["lineTerminator"] = "\r\n",
                    ["quoteChar"] = "\"",
                    ["doubleQuote"] = true,
                    ["header"] = true,
                },
                ["schema"] = new JsonObject
                {
                    ["fields"] = new JsonArray(columns.Select(c => (JsonNode)Column(c)).ToArray()),
                    ["missingValues"] = new JsonArray(""),
                },
            }),
    };

    private static JsonObject Column(CsvColumn c)
    {
        var field = Field(c.Name, c.Type, c.Title, $"{c.Description}（交换格式字段：{c.Exchange}）");
        if (c.Enum is { } values) field["constraints"] = new JsonObject { ["enum"] = new JsonArray(values.Select(v => (JsonNode)v).ToArray()) };
        return field;
    }

    private static JsonObject Field(string name, string type, string title, string description) => new()
    {
        ["name"] = name,
        ["type"] = type,
        ["title"] = title,
        ["description"] = description,
    };

    private static void Mask(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    if (o[key] is JsonValue v && v.TryGetValue<string>(out var s)) o[key] = PhoneMask.Apply(s);
                    else Mask(o[key]);
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (a[i] is JsonValue v && v.TryGetValue<string>(out var s)) a[i] = PhoneMask.Apply(s);
                    else Mask(a[i]);
                }
                break;
        }
    }

    private const string Amount = "金额，单位见同一表格 funds.currency（通常为万元）；原表未填写时为 null。";
    private const string DepartmentAmount = "金额（万元）；原表未填写时为 null。";

    private static IEnumerable<(string, string, string, string)> ExchangeFields()
    {
        yield return ("source", "string", "来源文件", "被读取的文件名。");
        yield return ("encoding", "string", "文件编码", "检测到的文本编码或文件格式，如 utf-8、gb18030、xlsx。");
        yield return ("tables", "array", "表格", "文档中读到的每张绩效目标表。");
        const string t = "tables[].";
        yield return (t + "kind", "string", "表格类型", "project：项目支出表；department：部门整体支出表。");
        yield return (t + "stage", "string", "阶段", "target：绩效目标；monitoring：运行监控；self-evaluation：绩效自评。");
        yield return (t + "title", "string", "标题", "原表的标题。");
        yield return (t + "year", "integer", "预算年度", "表格所属的预算年度。");
        yield return (t + "unit", "string", "实施单位／预算单位", "按原表填写。");
        yield return (t + "unitCode", "string", "单位编码", "单位名称前后的编码，如 [007]。");
        yield return (t + "department", "string", "主管部门", "按原表填写。");
        yield return (t + "departmentCode", "string", "主管部门编码", "主管部门名称前后的编码。");
        yield return (t + "projectName", "string", "项目名称", "部门整体表为 null。");
        yield return (t + "projectCode", "string", "项目编码", "如 207-0401-YBN-3HDD。");
        yield return (t + "manager", "string", "项目负责人及电话", "按原表填写；公开时手机号隐去中间四位。");
        yield return (t + "phone", "string", "联系电话", "从负责人栏或电话栏读出的号码；公开时隐去中间四位。");
        yield return (t + "projectType", "string", "项目属性", "如 常年项目、一次性项目。");
        yield return (t + "duration", "string", "项目期", "如 1年、2021年-2021年。");
        foreach (var f in Funds(t + "funds", "年度资金")) yield return f;
        foreach (var f in Funds(t + "midTermFunds", "中期资金")) yield return f;
        yield return (t + "departmentBudget", "object", "部门预算支出", "部门整体表的总体资金情况。");
        yield return (t + "departmentBudget.total", "number", "预算支出总额", "基本支出合计与项目支出合计之和。");
        foreach (var (key, name) in new[] { ("basic", "基本支出"), ("project", "项目支出") })
        {
            var p = $"{t}departmentBudget.{key}";
            yield return (p, "object", name, $"{name}及其资金来源。");
            yield return (p + ".total", "number", $"{name}合计", DepartmentAmount);
            yield return (p + ".fiscal", "number", $"{name}：财政拨款", DepartmentAmount);
            yield return (p + ".special", "number", $"{name}：专户资金", DepartmentAmount);
            yield return (p + ".own", "number", $"{name}：单位资金", DepartmentAmount);
        }
        yield return (t + "fundsUsage", "string", "资金用途", "按原表填写。");
        yield return (t + "spendingPlan", "array", "资金支出计划", "各时间节点累计支出进度。");
        yield return (t + "spendingPlan[].checkpoint", "string", "时间节点", "如 3月底、6月底。");
        yield return (t + "spendingPlan[].cumulativePercent", "number", "累计支出比例（%）", "到该节点累计支出占年度资金的百分比。");
        yield return (t + "goals", "object", "总体目标", "表格的各项目标文字，按原表填写。");
        yield return (t + "goals.annual", "string", "年度目标", "年度绩效目标（部门表为整体绩效目标），按原表填写。");
        yield return (t + "goals.midTerm", "string", "中期目标", "多年期项目的中期目标。");
        yield return (t + "goals.midTermPeriod", "string", "中期目标期间", "如 2022年—2024年。");
        yield return (t + "goals.breakdown", "string", "分项绩效目标", "部门整体表。");
        yield return (t + "goals.measures", "string", "工作保障措施", "部门整体表。");
        yield return (t + "goals.annualAchieved", "string", "年度目标实际完成情况", "自评表。");
        yield return (t + "execution", "object", "预算执行情况", "自评表的资金执行行。");
        yield return (t + "execution.initialBudget", "number", "年初预算数", Amount);
        yield return (t + "execution.budget", "number", "全年预算数", Amount);
        yield return (t + "execution.spent", "number", "全年执行数", Amount);
        yield return (t + "execution.fullScore", "number", "预算执行率分值", "预算执行率指标的满分，通常为 10 分。");
        yield return (t + "execution.rate", "number", "预算执行率（%）", "全年执行数占全年预算数的百分比。");
        yield return (t + "execution.score", "number", "预算执行率得分", "预算执行率指标的得分。");
        yield return (t + "publishedTotal", "number", "总分", "自评表公布的总分。");
        const string i = t + "indicators[].";
        yield return (t + "indicators", "array", "绩效指标", "表格的三级指标，按原表顺序。");
        yield return (i + "level1", "string", "一级指标", "规范名称：产出指标、效益指标、满意度指标、成本指标。");
        yield return (i + "level2", "string", "二级指标", "规范名称，如 数量指标、社会效益指标、服务对象满意度指标。");
        yield return (i + "level1Text", "string", "一级指标（原文）", "按原表填写。");
        yield return (i + "level2Text", "string", "二级指标（原文）", "按原表填写。");
        yield return (i + "name", "string", "三级指标", "指标名称。");
        yield return (i + "description", "string", "指标描述", "指标的含义和计算方法。");
        yield return (i + "comparator", "string", "指标性质", ">=、>、=、<、<=、≈ 或 qualitative（定性）。");
        yield return (i + "value", "number", "指标值（数值）", "定性或无法读出时为 null。");
        yield return (i + "unit", "string", "度量单位", "如 %、次、万元。");
        yield return (i + "grade", "string", "定性指标值", "如 较好。");
        yield return (i + "valueText", "string", "指标值（原文）", "指标值单元格按原表的写法。");
        yield return (i + "weight", "number", "权重", "指标的权重或分值。");
        yield return (i + "basis", "string", "指标值确定依据", "如 计划标准、行业标准、文件文号。");
        yield return (i + "horizon", "string", "指标期限", "annual：年度；midTerm：中期。");
        yield return (i + "actual", "string", "实际完成值", "自评、监控：按原表填写。");
        yield return (i + "score", "number", "得分", "自评表的指标得分。");
        yield return (i + "cause", "string", "偏差原因分析及改进措施", "自评表。");
        yield return (i + "line", "integer", "行号", "该指标在来源文件中开始的行（从 1 起）。");
        foreach (var f in Diagnostics(t + "diagnostics", "表格")) yield return f;
        yield return (t + "line", "integer", "行号", "该表在来源文件中开始的行（从 1 起）。");
        foreach (var f in Diagnostics("diagnostics", "文档")) yield return f;
    }

    private static IEnumerable<(string, string, string, string)> Funds(string p, string name)
    {
        yield return (p, "object", name, $"{name}总额及其来源；未填写时为 null。");
        yield return (p + ".total", "number", $"{name}总额", Amount);
        yield return (p + ".fiscal", "number", $"{name}：财政拨款", Amount);
        yield return (p + ".special", "number", $"{name}：专户资金", Amount);
        yield return (p + ".own", "number", $"{name}：单位资金", Amount);
        yield return (p + ".carryOver", "number", $"{name}：结余结转", Amount);
        yield return (p + ".other", "number", $"{name}：其他资金", Amount);
        yield return (p + ".currency", "string", "金额单位", "万元或元。");
    }

    private static IEnumerable<(string, string, string, string)> Diagnostics(string p, string about)
    {
        yield return (p, "array", $"{about}问题", $"读取或审核{about}时发现的问题。");
        yield return (p + "[].code", "string", "问题代码", "稳定的代码，如 JX000，逐条有说明文档。");
        yield return (p + "[].severity", "string", "严重程度", "error、warning 或 info。");
        yield return (p + "[].message", "string", "说明", "中文说明。");
        yield return (p + "[].line", "integer", "行号", "问题所在的来源行（从 1 起）。");
        yield return (p + "[].indicator", "integer", "指标序号", "所在表格 indicators 中的序号（从 0 起）。");
        yield return (p + "[].field", "string", "字段", "问题所指的字段，如 value。");
        yield return (p + "[].file", "string", "文件", "问题所在的文件。");
    }
}
