using System.Text.Json;

namespace Jixiao.Generator;

/// <summary>
/// Writes manifest.json as documents are generated: per document its file, layout and tables, and per planted mistake
/// where the review must report it (table and indicator, 0-based) and the expected code. Streamed, never held whole.
/// </summary>
public sealed class ManifestWriter : IDisposable
{
    private readonly Utf8JsonWriter _json;
    private long _documents, _tables, _indicators, _planted;
    private readonly Dictionary<string, long> _byCode = new(StringComparer.Ordinal);

    public ManifestWriter(Stream output, GeneratorOptions options, int tables)
    {
        _json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _json.WriteStartObject();
        _json.WriteNumber("seed", options.Seed);
        _json.WriteNumber("tablesRequested", tables);
        _json.WriteNumber("errorRate", options.ErrorRate);
        _json.WriteStartArray("layouts");
        foreach (var l in options.Layouts) _json.WriteStringValue(l.Name());
        _json.WriteEndArray();
        _json.WriteStartArray("documents");
    }

    public void Add(GeneratedDocument doc)
    {
        _documents++;
        _json.WriteStartObject();
        _json.WriteString("file", doc.FileName);
        _json.WriteString("actuals", doc.ActualsFileName);
        _json.WriteString("layout", doc.Layout.Name());
        _json.WriteStartArray("tables");
        for (var k = 0; k < doc.Tables.Count; k++)
        {
            var t = doc.Tables[k];
            _tables++;
            _indicators += t.Indicators;
            _json.WriteStartObject();
            _json.WriteNumber("table", k);
            _json.WriteString("name", t.Name);
            _json.WriteNumber("indicators", t.Indicators);
            if (t.Mistake is { } m)
            {
                _planted++;
                _byCode[m.Code] = _byCode.GetValueOrDefault(m.Code) + 1;
                _json.WriteStartObject("planted");
                _json.WriteString("mistake", m.Mistake.ToString());
                _json.WriteString("code", m.Code);
                if (m.Indicator is { } i)
                {
                    _json.WriteNumber("indicator", i);
                    _json.WriteString("indicatorName", m.IndicatorName);
                }
                else _json.WriteNull("indicator");
                _json.WriteEndObject();
            }
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteEndObject();
    }

    public void Dispose()
    {
        _json.WriteEndArray();
        _json.WriteStartObject("summary");
        _json.WriteNumber("documents", _documents);
        _json.WriteNumber("tables", _tables);
        _json.WriteNumber("indicators", _indicators);
        _json.WriteNumber("planted", _planted);
        _json.WriteStartObject("plantedByCode");
        foreach (var (code, n) in _byCode.OrderBy(x => x.Key, StringComparer.Ordinal)) _json.WriteNumber(code, n);
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.WriteEndObject();
        _json.Dispose();
    }
}
