using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Jixiao.Documents.Tests.Reading;

/// <summary>
/// Builds a .docx as units often write them — not Jixiao's layout: header facts and indicators in two separate
/// Word tables, header cells wrapped over two paragraphs (一级 / 指标), level-1 and level-2 labels merged down
/// with vMerge, a group header row spanning the columns with gridSpan, a page break and a second table.
/// </summary>
internal static class ForeignDocx
{
    public static byte[] Build()
    {
        var ms = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(ms, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var body = new Body();
            body.Append(P("2024年度项目支出绩效目标表"), P("单位：万元"));
            body.Append(Table(
                Row(C("项目名称"), C("农村饮水安全工程维修养护", span: 3)),
                Row(C("主管部门"), C("某县水利局"), C("实施单位"), C("某县农村供水站")),
                Row(C("资金情况（万元）", merge: MergedCellValues.Restart), C("年度资金总额"), C("85", span: 2)),
                Row(C("", merge: MergedCellValues.Continue), C("其中：财政拨款"), C("85", span: 2)),
                Row(C("年度目标"), C("完成全县 42 处集中供水工程维修养护，保障农村供水安全稳定。", span: 3))));
            body.Append(P("绩效指标"));
            body.Append(Table(
                Row(C("年度绩效指标", span: 5)),
                Row(C("一级\n指标"), C("二级\n指标"), C("三级指标"), C("指标值"), C("权重")),
                Row(C("产出指标", merge: MergedCellValues.Restart), C("数量指标", merge: MergedCellValues.Restart), C("维修养护工程数量"), C("≥42处"), C("20")),
                Row(C("", merge: MergedCellValues.Continue), C("", merge: MergedCellValues.Continue), C("水质检测次数"), C("≥4次/年"), C("15")),
                Row(C("", merge: MergedCellValues.Continue), C("质量指标"), C("维修工程验收合格率"), C("100%"), C("15")),
                Row(C("", merge: MergedCellValues.Continue), C("时效指标"), C("故障修复时间"), C("≤48小时"), C("10")),
                Row(C("效益指标", merge: MergedCellValues.Restart), C("社会效益指标"), C("农村自来水普及率"), C("≥93%"), C("15")),
                Row(C("", merge: MergedCellValues.Continue), C("可持续影响指标"), C("工程长效运行机制"), C("持续完善"), C("15")),
                Row(C("满意度指标"), C("服务对象满意度指标"), C("受益群众满意度"), C("≥90%"), C("10"))));
            body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            body.Append(P("2024年度项目支出绩效目标表"));
            body.Append(Table(
                Row(C("项目名称"), C("水土保持监测", span: 3)),
                Row(C("资金情况（万元）"), C("年度资金总额"), C("12.5", span: 2)),
                Row(C("一级指标"), C("二级指标"), C("三级指标"), C("指标值")),
                Row(C("产出指标"), C("数量指标"), C("监测点数量"), C("=6个")),
                Row(C("满意度指标"), C("服务对象满意度指标"), C("群众满意度"), C("≥90%"))));
            main.Document = new Document(body);
        }
        return ms.ToArray();
    }

    private static Paragraph P(string text) => new(new Run(new Text(text)));

    private static Table Table(params TableRow[] rows)
    {
        var t = new Table(new TableProperties(new TableBorders(new TopBorder { Val = BorderValues.Single }, new BottomBorder { Val = BorderValues.Single })));
        t.Append(rows);
        return t;
    }

    private static TableRow Row(params TableCell[] cells) => new(cells);

    private static TableCell C(string text, int span = 1, MergedCellValues? merge = null)
    {
        var props = new TableCellProperties();
        if (span > 1) props.Append(new GridSpan { Val = span });
        if (merge is { } m) props.Append(new VerticalMerge { Val = m });
        var cell = new TableCell(props);
        foreach (var line in text.Split('\n')) cell.Append(new Paragraph(new Run(new Text(line))));
        return cell;
    }
}
