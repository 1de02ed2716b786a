using Jixiao.Checks;
using Jixiao.Diagnostics;
using Jixiao.Model;
using Jixiao.Profiles;
using Jixiao.Review;
using Jixiao.Tests.Checks;

namespace Jixiao.Tests.Review;

public class ReviewerTests
{
    /// <summary>A table the national catalogue finds nothing in.</summary>
    private static readonly TableBuilder Clean = T.Project().WithRequiredCategories();

    // errors, warnings, infos → score, grade under the national formula:
    // score = max(0, 100 − 20 × errors − 5 × warnings − 0 × infos); 优 ≥ 90, 良 ≥ 75, 中 ≥ 60, else 差; any error caps at 中.
    public static TheoryData<int, int, int, decimal, string> NationalGrades() => new()
    {
        { 0, 0, 0, 100, "优" },
        { 0, 2, 0, 90, "优" },
        { 0, 3, 0, 85, "良" },
        { 0, 5, 0, 75, "良" },
        { 0, 6, 0, 70, "中" },
        { 0, 8, 0, 60, "中" },
        { 0, 9, 0, 55, "差" },
        { 0, 25, 0, 0, "差" },
        { 0, 0, 7, 100, "优" },
        { 1, 0, 0, 80, "中" },
        { 1, 2, 0, 70, "中" },
        { 1, 4, 0, 60, "中" },
        { 1, 5, 0, 55, "差" },
        { 2, 0, 0, 60, "中" },
        { 3, 0, 0, 40, "差" },
        { 6, 0, 0, 0, "差" },
    };

    [Theory]
    [MemberData(nameof(NationalGrades))]
    public void Review_FindingsUnderNationalFormula_GiveHandComputedScoreAndGrade(int errors, int warnings, int infos, decimal score, string grade)
    {
        var review = Reviewer.Review(Clean.Build(), [Clean.Build()], Profile.National, [Emitting(errors, warnings, infos)]);

        review.Findings.Should().HaveCount(errors + warnings + infos);
        (review.Errors, review.Warnings, review.Infos).Should().Be((errors, warnings, infos));
        review.Score.Should().Be(score);
        review.Grade.ToChinese().Should().Be(grade);
    }

    // A profile's own formula: penalties, bands and error cap, then errors, warnings, infos → score, grade.
    public static TheoryData<string, GradeFormula, int, int, int, decimal, string> ProfileGrades() => new()
    {
        { "error cap 良: one error stays 良", new GradeFormula { ErrorCap = Grade.Good }, 1, 0, 0, 80, "良" },
        { "error cap 差: one error is 差", new GradeFormula { ErrorCap = Grade.Poor }, 1, 0, 0, 80, "差" },
        { "info penalty 2: five infos cost 10", new GradeFormula { InfoPenalty = 2 }, 0, 0, 5, 90, "优" },
        { "info penalty 2: six infos cost 12", new GradeFormula { InfoPenalty = 2 }, 0, 0, 6, 88, "良" },
        { "优 from 95: one warning stays 优", new GradeFormula { Excellent = 95 }, 0, 1, 0, 95, "优" },
        { "优 from 95: two warnings are 良", new GradeFormula { Excellent = 95 }, 0, 2, 0, 90, "良" },
        { "warning penalty 10: three warnings are 中", new GradeFormula { WarningPenalty = 10 }, 0, 3, 0, 70, "中" },
    };

    [Theory]
    [MemberData(nameof(ProfileGrades))]
    public void Review_FindingsUnderProfileFormula_GiveHandComputedScoreAndGrade(string because, GradeFormula formula, int errors, int warnings, int infos, decimal score, string grade)
    {
        var profile = Profile.National with { Grade = formula };

        var review = Reviewer.Review(Clean.Build(), [Clean.Build()], profile, [Emitting(errors, warnings, infos)]);

        review.Score.Should().Be(score, because);
        review.Grade.ToChinese().Should().Be(grade, because);
    }

    [Fact]
    public void Review_CleanTableWithNationalCatalogue_HasNoFindingsAndIsExcellent()
    {
        var review = Reviewer.Review(Clean.Build(), [Clean.Build()], Profile.National);

        review.Findings.Should().BeEmpty();
        review.Score.Should().Be(100);
        review.Grade.Should().Be(Grade.Excellent);
    }

    [Fact]
    public void Review_SeverityOverride_ChangesSeverityOfCheckAndReaderFindingsAndTheGrade()
    {
        var table = Clean.InYear(null).ReadFinding(ReadingCodes.ValueNotReadable, Severity.Warning, line: 15).Build();
        var profile = Profile.National with
        {
            SeverityOverrides = new Dictionary<string, Severity> { ["JX102"] = Severity.Error, [ReadingCodes.ValueNotReadable] = Severity.Info },
        };

        var national = Reviewer.Review(table, [table], Profile.National);
        var overridden = Reviewer.Review(table, [table], profile);

        national.Findings.Select(f => (f.Code, f.Severity)).Should().Equal(("JX102", Severity.Warning), ("JX010", Severity.Warning));
        (national.Score, national.Grade).Should().Be((90m, Grade.Excellent));
        overridden.Findings.Select(f => (f.Code, f.Severity)).Should().Equal(("JX102", Severity.Error), ("JX010", Severity.Info));
        (overridden.Score, overridden.Grade).Should().Be((80m, Grade.Fair));
    }

    [Fact]
    public void Review_DisabledCodes_DropCheckAndReaderFindings()
    {
        var table = Clean.InYear(null).ReadFinding(ReadingCodes.ValueNotReadable, Severity.Warning, line: 15).Build();
        var profile = Profile.National with { Disabled = new HashSet<string> { "JX102", ReadingCodes.ValueNotReadable } };

        var review = Reviewer.Review(table, [table], profile);

        review.Findings.Should().BeEmpty();
        review.Grade.Should().Be(Grade.Excellent);
    }

    [Fact]
    public void Review_DocumentWithDisabledCheck_DoesNotRunIt()
    {
        var table = Clean.Build();
        var read = new ReadResult("test.txt", [table], []);
        var profile = Profile.National with { Disabled = new HashSet<string> { "JX999" } };

        var review = Reviewer.Review(read, profile, [Emitting(1, 1, 1), .. CheckCatalogue.All]);

        review.Tables.Should().ContainSingle().Which.Findings.Should().BeEmpty();
    }

    [Fact]
    public void Review_ReaderNoIndicatorsFindingWhereJX105Applies_ReportsJX105Only()
    {
        var table = T.Project().ReadFinding(ReadingCodes.TableWithoutIndicators, Severity.Warning).Build();

        var review = Reviewer.Review(table, [table], Profile.National);

        review.Findings.Select(f => f.Code).Should().Contain("JX105").And.NotContain(ReadingCodes.TableWithoutIndicators);
        review.Findings.Should().ContainSingle(f => f.Code == "JX105").Which.Severity.Should().Be(Severity.Error);
    }

    [Fact]
    public void Review_OtherReaderFindings_AreKept()
    {
        var table = Clean.ReadFinding(ReadingCodes.CellNotPlaced, Severity.Warning, line: 25).Build();

        var review = Reviewer.Review(table, [table], Profile.National);

        review.Findings.Should().ContainSingle().Which.Code.Should().Be(ReadingCodes.CellNotPlaced);
        review.Score.Should().Be(95);
    }

    [Fact]
    public void Review_FindingsFromChecksAndReader_AreSortedByLineThenIndicatorThenCode()
    {
        var table = Clean.ReadFinding(ReadingCodes.ValueNotReadable, Severity.Warning, line: 15).Build();
        var stub = new Stub("JX999",
            new Diagnostic("JX999", Severity.Warning, "b", Line: 30, Indicator: 2),
            new Diagnostic("JX206", Severity.Warning, "c", Line: 20, Indicator: 0),
            new Diagnostic("JX999", Severity.Info, "d", Line: null),
            new Diagnostic("JX201", Severity.Warning, "e", Line: 20, Indicator: 0),
            new Diagnostic("JX999", Severity.Warning, "f", Line: 10),
            new Diagnostic("JX110", Severity.Warning, "g", Line: 30, Indicator: 1));

        var review = Reviewer.Review(table, [table], Profile.National, [stub]);

        // A finding without a line sorts at the table's line (3).
        review.Findings.Select(f => f.Message).Should().Equal("d", "f", "读取提示", "e", "c", "g", "b");
    }

    [Fact]
    public void Review_RealCatalogueFindings_AreSortedByLine()
    {
        var table = T.Project(year: null)
            .With("产出指标", "质量指标", "到京信访事件处理率", "20万元")
            .With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次")
            .With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次")
            .Build();

        var review = Reviewer.Review(table, [table], Profile.National);

        review.Findings.Select(f => f.Line).Should().BeInAscendingOrder();
        review.Findings.Select(f => f.Code).Should().StartWith(["JX102", "JX106"]);
        // One row, three findings (no comparator, a rate in money, money under 质量指标): by code.
        review.Findings.Where(f => f.Line == table.Indicators[0].Line).Select(f => f.Code).Should().Equal("JX201", "JX204", "JX501");
        review.Findings.Last().Code.Should().Be("JX110");
    }

    private static Check Emitting(int errors, int warnings, int infos) => new Stub("JX999",
    [
        .. Enumerable.Range(0, errors).Select(k => new Diagnostic("JX999", Severity.Error, "错误", Line: 10 + k)),
        .. Enumerable.Range(0, warnings).Select(k => new Diagnostic("JX999", Severity.Warning, "警告", Line: 40 + k)),
        .. Enumerable.Range(0, infos).Select(k => new Diagnostic("JX999", Severity.Info, "提示", Line: 70 + k)),
    ]);

    /// <summary>A check that reports exactly the findings it is given.</summary>
    private sealed class Stub(string code, params Diagnostic[] findings) : Check
    {
        public override string Code => code;
        public override string Title => "测试用检查";
        public override Severity Severity => Severity.Warning;
        public override IEnumerable<Diagnostic> Run(CheckContext context) => findings;
    }
}
