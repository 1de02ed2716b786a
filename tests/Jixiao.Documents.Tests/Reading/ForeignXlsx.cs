using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Tests.Reading;

/// <summary>
/// Builds an .xlsx the way a province's own template lays tables out — not Jixiao's layout: a cover sheet, a title
/// merged across the sheet, an extra group header row above the column headers, level-1 labels merged down their
/// rows with the text only in the first cell, amounts and percentages stored as numbers with number formats.
/// </summary>
internal static class ForeignXlsx
{
    public static byte[] Build()
    {
        var ms = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(ms, SpreadsheetDocumentType.Workbook))
        {
            var wb = doc.AddWorkbookPart();
            wb.Workbook = new Workbook(new Sheets());
            var styles = wb.AddNewPart<WorkbookStylesPart>();
            // Style 0: general; style 1: built-in percent "0%" (numFmtId 9); style 2: custom "0.00%".
            styles.Stylesheet = new Stylesheet(
                new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "0.00%" }) { Count = 1 },
                new Fonts(new Font()) { Count = 1 },
                new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
                new Borders(new Border()) { Count = 1 },
                new CellFormats(
                    new CellFormat { NumberFormatId = 0 },
                    new CellFormat { NumberFormatId = 9, ApplyNumberFormat = true },
                    new CellFormat { NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });

            Sheet(wb, 1, "封面", [[("A1", "某市教育局2024年项目支出绩效目标（公开）", null)]], []);
            Sheet(wb, 2, "公用经费",
            [
                [("A1", "附件4", null)],
                [("A2", "2024年度项目支出绩效目标申报表", null)],
                [("A3", "填报单位（盖章）：某市教育局", null), ("H3", "单位：万元", null)],
                [("A4", "项目名称", null), ("B4", "义务教育学校公用经费", null)],
                [("A5", "主管部门及代码", null), ("B5", "[105]某市教育局", null), ("E5", "实施单位", null), ("F5", "某市教育局本级", null)],
                [("A6", "项目资金（万元）", null), ("B6", "年度资金总额", null), ("C6", 1200m, 0u)],
                [("B7", "其中：财政拨款", null), ("C7", 1150m, 0u)],
                [("B8", "上年结转", null), ("C8", 50m, 0u)],
                [("B9", "其他资金", null), ("C9", 0m, 0u)],
                [("A10", "年度绩效目标", null), ("B10", "保障全市义务教育学校正常运转，生均公用经费足额拨付。", null)],
                [("A11", "绩效指标", null), ("B11", "年度指标", null)],
                [("B12", "一级指标", null), ("C12", "二级指标", null), ("D12", "三级指标", null), ("E12", "指标性质", null), ("F12", "指标值", null), ("G12", "度量单位", null), ("H12", "权重", null)],
                [("B13", "产出指标", null), ("C13", "数量指标", null), ("D13", "覆盖学校数量", null), ("E13", "≥", null), ("F13", 126m, 0u), ("G13", "所", null), ("H13", 20m, 0u)],
                [("D14", "受益学生人数", null), ("E14", "≥", null), ("F14", 9.8m, 0u), ("G14", "万人", null), ("H14", 10m, 0u)],
                [("C15", "质量指标", null), ("D15", "经费足额拨付率", null), ("E15", "=", null), ("F15", 1m, 1u), ("H15", 20m, 0u)],
                [("C16", "时效指标", null), ("D16", "资金拨付及时率", null), ("E16", "≥", null), ("F16", 0.95m, 2u), ("H16", 10m, 0u)],
                [("C17", "成本指标", null), ("D17", "生均公用经费标准", null), ("E17", "=", null), ("F17", 800m, 0u), ("G17", "元/人·年", null), ("H17", 10m, 0u)],
                [("B18", "效益指标", null), ("C18", "社会效益指标", null), ("D18", "义务教育巩固率", null), ("E18", "≥", null), ("F18", "≥98%", null), ("H18", 10m, 0u)],
                [("C19", "可持续影响指标", null), ("D19", "学校运转保障机制", null), ("E19", "定性", null), ("F19", "健全", null), ("H19", 10m, 0u)],
                [("B20", "满意度指标", null), ("C20", "服务对象满意度指标", null), ("D20", "家长满意度", null), ("E20", "≥", null), ("F20", 0.9m, 1u), ("H20", 10m, 0u)],
            ],
            ["A2:H2", "B4:H4", "B5:D5", "F5:H5", "A6:A9", "B10:H10", "A11:A20", "B11:H11", "B13:B17", "C13:C14", "B18:B19"]);
            wb.Workbook.Save();
        }
        return ms.ToArray();
    }

    private static void Sheet(WorkbookPart wb, uint id, string name, (string Ref, object Value, uint? Style)[][] rows, string[] merges)
    {
        var part = wb.AddNewPart<WorksheetPart>();
        var data = new SheetData();
        foreach (var row in rows)
        {
            var index = uint.Parse(new string(row[0].Ref.SkipWhile(char.IsLetter).ToArray()), System.Globalization.CultureInfo.InvariantCulture);
            var r = new Row { RowIndex = index };
            foreach (var (reference, value, style) in row)
            {
                var cell = new Cell { CellReference = reference };
                if (value is decimal d)
                {
                    cell.CellValue = new CellValue(d.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    cell.DataType = CellValues.Number;
                    if (style is { } s && s > 0) cell.StyleIndex = s;
                }
                else
                {
                    cell.DataType = CellValues.InlineString;
                    cell.InlineString = new InlineString(new Text((string)value));
                }
                r.Append(cell);
            }
            data.Append(r);
        }
        var ws = new Worksheet(data);
        if (merges.Length > 0) ws.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })));
        part.Worksheet = ws;
        wb.Workbook.Sheets!.Append(new Sheet { Id = wb.GetIdOfPart(part), SheetId = id, Name = name });
    }
}
