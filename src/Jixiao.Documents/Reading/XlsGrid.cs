using System.Text;
using ExcelDataReader;
using Jixiao.Reading;

namespace Jixiao.Documents.Reading;

/// <summary>The rows of every sheet of a legacy .xls (BIFF) workbook, through ExcelDataReader.</summary>
internal static class XlsGrid
{
    static XlsGrid() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static List<GridRow> Read(Stream stream, Limits limits)
    {
        var rows = new List<GridRow>();
        using var reader = ExcelReaderFactory.CreateReader(stream);
        var line = 0;
        do
        {
            if (rows.Count > 0) rows.Add(new GridRow(++line, [""]));
            var sheetRow = 0;
            while (reader.Read() && rows.Count < limits.MaxRows)
            {
                sheetRow++;
                var cells = new List<string>();
                for (var i = 0; i < reader.FieldCount && i < limits.MaxColumns; i++)
                {
                    var v = reader.GetValue(i);
                    var format = reader.GetNumberFormatString(i);
                    cells.Add(v switch
                    {
                        null => "",
                        double d => CellText.Number(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture), format is not null && format.Contains('%')),
                        _ => Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "",
                    });
                }
                if (cells.TrueForAll(string.IsNullOrWhiteSpace)) continue;
                rows.Add(new GridRow(++line, cells));
            }
        }
        while (reader.NextResult());
        return rows;
    }
}
