using System.Globalization;
using System.Text;

namespace Jixiao.Generator;

/// <summary>
/// Generates synthetic published documents, one at a time (a stream, never all at once). Document <c>i</c> depends only
/// on the seed, <c>i</c> and how many tables are still wanted, so the same options give the same bytes.
/// </summary>
public sealed class DocumentGenerator(GeneratorOptions options)
{
    public const int MaxTablesPerDocument = 8;

    public GeneratorOptions Options { get; } = options;

    /// <summary>Documents holding <paramref name="tables"/> tables in all.</summary>
    public IEnumerable<GeneratedDocument> Generate(int tables)
    {
        long index = 0;
        var left = tables;
        while (left > 0)
        {
            var doc = Document(index++, left);
            left -= doc.Tables.Count;
            yield return doc;
        }
    }

    /// <summary>Document <paramref name="index"/>, with at most <paramref name="maxTables"/> tables.</summary>
    public GeneratedDocument Document(long index, int maxTables = MaxTablesPerDocument)
    {
        var rng = Rng.For(Options.Seed, index);
        var layout = rng.Pick(Options.Layouts);
        var domain = rng.Pick(Vocabulary.Domains);
        var region = rng.Pick(Vocabulary.Regions);
        var code = rng.Int(101, 699).ToString(CultureInfo.InvariantCulture);
        var year = rng.Int(2021, 2026);
        var count = Math.Min(maxTables, rng.Int(1, MaxTablesPerDocument));
        var weighted = layout == DocumentLayout.SelfEvaluation || layout is DocumentLayout.Tabs or DocumentLayout.Pipes or DocumentLayout.Spaces && rng.Chance(0.5);
        var nature = layout == DocumentLayout.Tabs && rng.Chance(0.6);
        var style = new DocumentStyle(
            layout,
            NatureColumn: nature,
            UnitColumn: nature && rng.Chance(0.4),
            Wu: rng.Chance(0.3),
            RepeatLevel2: rng.Chance(0.3),
            Weighted: weighted,
            WithPlan: layout == DocumentLayout.Cells ? rng.Chance(0.8) : layout == DocumentLayout.Tabs && rng.Chance(0.3),
            WithManager: rng.Chance(0.5),
            TitleVariant: rng.Int(0, 2));
        var planCapable = layout is DocumentLayout.Tabs or DocumentLayout.Cells;

        var specs = new List<TableSpec>();
        var withDepartment = layout == DocumentLayout.Tabs && rng.Chance(0.3);
        if (withDepartment) specs.Add(TableFactory.Department(rng, domain, region, code, year));
        var names = new HashSet<string>(StringComparer.Ordinal);
        var projectNames = rng.Sample(domain.Projects, domain.Projects.Length);
        for (var k = specs.Count; k < count; k++)
        {
            var name = k - specs.Count < projectNames.Count && names.Add(projectNames[k - specs.Count]) ? projectNames[k - specs.Count] : "";
            while (name.Length == 0)
            {
                var candidate = rng.Pick(domain.Units) + rng.Pick(domain.Projects);
                if (names.Add(candidate)) name = candidate;
            }
            specs.Add(TableFactory.Project(rng, domain, region, code, year, name, rng.Pick(domain.Units)));
        }

        var tables = new List<GeneratedTable>();
        for (var k = 0; k < specs.Count; k++)
        {
            var t = specs[k];
            t.Weighted = weighted || t.IsDepartment;
            t.WeightTotal = layout == DocumentLayout.SelfEvaluation ? 90 : rng.Chance(0.75) ? 100 : 90;
            PlantedMistake? planted = null;
            var mistake = default(Mistake);
            int? indicator = null;
            var hasMistake = rng.Chance(Options.ErrorRate) && Planter.TryPlant(rng, t, planCapable, out mistake, out indicator);
            if (hasMistake)
                planted = new PlantedMistake(mistake, Planter.CodeOf(mistake), k, indicator, t.EntryName, indicator is { } at ? t.Indicators[at].Name : null);
            Weights.Assign(rng, t);
            if (!t.IsDepartment && (style.WithPlan && planCapable || hasMistake && mistake == Mistake.PlanDecreasing)) t.Plan = Plan(rng);
            if (hasMistake) Planter.Adjust(rng, t, mistake);
            t.Mistake = planted;
            tables.Add(new GeneratedTable(t.EntryName, t.Indicators.Count, planted));
        }
        foreach (var d in specs.Where(s => s.IsDepartment)) d.ProjectTotal = specs.Where(s => !s.IsDepartment).Sum(s => s.Total);

        var sb = new StringBuilder(count * 3000);
        for (var k = 0; k < specs.Count; k++)
        {
            var t = specs[k];
            switch (layout)
            {
                case DocumentLayout.Tabs when t.IsDepartment: TabsWriter.Department(sb, t, style); break;
                case DocumentLayout.Tabs: TabsWriter.Project(sb, t, style); break;
                case DocumentLayout.Cells: CellsWriter.Project(sb, t, style, k + 1); break;
                case DocumentLayout.Pipes: PipesWriter.Project(sb, t, style); break;
                case DocumentLayout.Spaces: SpacesWriter.Project(sb, t, style); break;
                default: SelfEvaluationWriter.Project(sb, t, style, k + 1); break;
            }
        }
        var file = $"{index:D6}_{layout.Name()}.txt";
        return new GeneratedDocument(index, file, layout, Encoding.UTF8.GetBytes(sb.ToString()), Encoding.UTF8.GetBytes(Actuals(specs)), tables);
    }

    private static decimal[] Plan(Rng rng)
    {
        var a = rng.Int(10, 30);
        var b = a + rng.Int(15, 30);
        var c = Math.Min(95, b + rng.Int(10, 30));
        return [a, b, c, 100];
    }

    /// <summary>The entry sheet a unit would fill in after the year: the money spent and every indicator's value reached.</summary>
    private static string Actuals(List<TableSpec> specs)
    {
        var sb = new StringBuilder("table,indicator,actual,cause\n");
        foreach (var t in specs)
        {
            sb.Append(Csv(t.EntryName)).Append(",预算执行数,").Append(TableFactory.Amount(t.IsDepartment ? 0 : t.Spent)).Append(",\n");
            foreach (var i in t.Indicators)
                sb.Append(Csv(t.EntryName)).Append(',').Append(Csv(i.Name)).Append(',').Append(Csv(i.Actual)).Append(",\n");
        }
        return sb.ToString();
    }

    private static string Csv(string s) => s.IndexOfAny([',', '"', '\n']) < 0 ? s : "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
