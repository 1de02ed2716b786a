using System.Text;
using Jixiao.Generator;
using Jixiao.Profiles;
using Jixiao.Reading;
using Jixiao.Review;

namespace Jixiao.Generator.Tests;

public class DocumentGeneratorTests
{
    private static List<GeneratedDocument> Generate(int tables, int seed = 7, double errors = 0.3, params DocumentLayout[] layouts) =>
        new DocumentGenerator(new GeneratorOptions { Seed = seed, ErrorRate = errors, Layouts = layouts.Length == 0 ? DocumentLayouts.All : layouts }).Generate(tables).ToList();

    [Fact]
    public void Generate_SameSeed_SameBytes()
    {
        var a = Generate(300);
        var b = Generate(300);

        a.Select(d => d.FileName).Should().Equal(b.Select(d => d.FileName));
        for (var k = 0; k < a.Count; k++)
        {
            a[k].Bytes.Should().Equal(b[k].Bytes, "document {0} must be the same for the same seed", a[k].FileName);
            a[k].Actuals.Should().Equal(b[k].Actuals);
            a[k].Tables.Should().Equal(b[k].Tables);
        }
    }

    [Fact]
    public void Generate_OtherSeed_OtherDocuments()
    {
        var a = Generate(50, seed: 1);
        var b = Generate(50, seed: 2);

        a.Select(d => Encoding.UTF8.GetString(d.Bytes)).Should().NotEqual(b.Select(d => Encoding.UTF8.GetString(d.Bytes)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(1000)]
    public void Generate_Tables_ExactlyThatMany(int tables)
    {
        Generate(tables).Sum(d => d.Tables.Count).Should().Be(tables);
    }

    [Fact]
    public void Generate_ErrorRateZero_PlantsNothing()
    {
        Generate(500, errors: 0).SelectMany(d => d.Planted).Should().BeEmpty();
    }

    [Fact]
    public void Generate_ManyTables_PlantsEveryKindOfMistake()
    {
        var planted = Generate(8000, errors: 1).SelectMany(d => d.Planted).Select(p => p.Mistake).ToHashSet();

        planted.Should().BeEquivalentTo(Enum.GetValues<Mistake>());
    }

    public static TheoryData<DocumentLayout> Layouts() => new(DocumentLayouts.All);

    /// <summary>What the generator promises: clean tables give no finding at all, and every planted mistake is found where it was planted.</summary>
    [Theory]
    [MemberData(nameof(Layouts))]
    public void Review_GeneratedLayout_FindsExactlyWhatWasPlanted(DocumentLayout layout)
    {
        var problems = new List<string>();
        foreach (var doc in Generate(400, seed: 11, errors: 0.3, layout))
        {
            var review = Reviewer.Review(DocumentReader.Read(doc.Bytes, doc.FileName), Profile.National);
            problems.AddRange(review.DocumentFindings.Select(d => $"{doc.FileName}: {d.Code} {d.Message}"));
            if (review.Tables.Count != doc.Tables.Count) problems.Add($"{doc.FileName}: {review.Tables.Count} tables read, {doc.Tables.Count} written");
            for (var k = 0; k < Math.Min(review.Tables.Count, doc.Tables.Count); k++)
            {
                var planted = doc.Tables[k].Mistake;
                var findings = review.Tables[k].Findings;
                bool Matches(Diagnostics.Diagnostic f) => planted is not null && f.Code == planted.Code && (planted.Indicator is null || f.Indicator == planted.Indicator);
                problems.AddRange(findings.Where(f => !Matches(f)).Select(f => $"{doc.FileName} table {k}:{f.Line}: unexpected {f.Code} {f.Message}"));
                if (planted is not null && !findings.Any(Matches)) problems.Add($"{doc.FileName} table {k}: {planted.Code} ({planted.Mistake}) not found");
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void Document_ActualsSheet_NamesEveryTableAndIndicator()
    {
        foreach (var doc in Generate(100, errors: 0))
        {
            var read = DocumentReader.Read(doc.Bytes, doc.FileName);
            var sheet = Entries.EntrySheet.Bind(doc.Actuals, doc.ActualsFileName, read.Tables);

            sheet.Findings.Should().BeEmpty("{0}'s entry sheet names only what the document holds", doc.FileName);
            sheet.Tables.Keys.Should().BeEquivalentTo(Enumerable.Range(0, read.Tables.Count));
        }
    }

    [Theory]
    [InlineData("tabs", DocumentLayout.Tabs)]
    [InlineData("cells", DocumentLayout.Cells)]
    [InlineData("PIPES", DocumentLayout.Pipes)]
    [InlineData(" spaces ", DocumentLayout.Spaces)]
    [InlineData("selfeval", DocumentLayout.SelfEvaluation)]
    public void Parse_LayoutName_GivesLayout(string name, DocumentLayout layout)
    {
        DocumentLayouts.Parse(name).Should().Be(layout);
        DocumentLayouts.Parse(layout.Name()).Should().Be(layout);
    }

    [Fact]
    public void Parse_UnknownLayoutName_GivesNull()
    {
        DocumentLayouts.Parse("word").Should().BeNull();
    }
}
