using Jixiao.Profiles;
using Jixiao.Reading;
using Jixiao.Review;

namespace Jixiao.Tests.Review;

/// <summary>
/// The complete set of findings on every table of every seed (code and line), worked out by reading the seeds
/// against the catalogue's rules. A new false alarm fails this test as surely as a missed finding.
/// ★ marks the data-quality findings DOMAIN.md §5 says the seeds contain.
/// </summary>
public class SeedFindingsTests
{
    // (table index, code, line of the indicator, or of the table for table-level findings)
    public static TheoryData<string, (int Table, string Code, int Line)[]> Seeds() => new()
    {
        {
            "000_a2e8745f1a3936ea.txt",
            [
                (0, "JX303", 3),    // ★ four projects add to 155.544 of the declared 165.54 (info)
                (1, "JX205", 46),   // 涉访社会安全稳定处置及时性: 时效 with the grade 好
                (4, "JX202", 117),  // ★ 租赁平均成本 ≅ 165元/月
                (4, "JX401", 118),  // 信访移动专线网络安全性 has no weight
                (4, "JX108", 122),  // ≥96% without a name
            ]
        },
        {
            "001_e7de79ac1631b66e.txt",
            [
                (0, "JX304", 3),    // ★ 年度资金总额 0.00 with this year's (1-year project) indicators
                (0, "JX104", 3),    // 年度目标 left blank (only the 中期目标 is written)
                (0, "JX010", 20),   // 重复访逐年递减8%: a trend, kept as text
                (0, "JX201", 21),   // 进京上访矛盾化解率70%: no comparator
                (0, "JX201", 24),   // 360万元: no comparator
                (0, "JX305", 24),   // ★ 完成项目金额 360万元 on 120万元 of mid-term funds
                (1, "JX304", 33),   // annual funds 0.00 again
                (1, "JX104", 33),   // 年度目标 blank again
                (1, "JX501", 51),   // 聘用4名信访录入人员 ≥25万元 under 数量指标
                (1, "JX201", 56),   // 80%
                (1, "JX201", 58),   // 15万元
                (1, "JX201", 59),   // 5万元
                (2, "JX201", 87),   // annual 聘用人民调解员 2人
                (2, "JX201", 88),   // mid-term 聘用人民调解员 2人
                (2, "JX205", 92),   // mid-term 项目完成及时性 按序时进度完成
                (2, "JX205", 92),   // annual 项目按时完成 按序时进度完成
                (2, "JX305", 93),   // mid-term 专职调解员经费 ≥24万元 on 12万元
                (2, "JX201", 93),   // annual 专职调解员经费 7.8万元
                (3, "JX205", 123),  // 报市政府分管领导及时性 及时
                (3, "JX205", 123),  // 报批及时性 按规定程序报批
                (3, "JX201", 124),  // 项目总成本 90万元
                (3, "JX305", 124),  // 项目总成本 90万元 on 30万元
                (3, "JX201", 124),  // 涉访救助费用标准 2万元/件
            ]
        },
        {
            "003_d79471f5f42d8eb5.txt",
            [
                (0, "JX205", 26),   // 时效 全年实施
                (0, "JX201", 27),   // 2 万元
                (0, "JX501", 27),   // ★ 车辆费用 2万元 under 时效指标
                (1, "JX010", 45),   // two numbers in one value
                (1, "JX201", 47),   // 12 个月
                (1, "JX201", 48),   // 1
                (1, "JX501", 48),   // 印制宣传资料费用 under 时效指标
                (1, "JX201", 53),   // 98%
                (2, "JX205", 66),   // 数量 with a text value
                (2, "JX205", 68),   // 时效 全年实施
                (2, "JX201", 69),   // 2.5 万元
                (2, "JX501", 69),   // 督查督办…费用 under 时效指标
                (2, "JX201", 74),   // 99%
                (3, "JX205", 87),   // 数量 全年实施
                (3, "JX201", 88),   // 100% on a name that is not a rate
                (3, "JX201", 89),   // 0.5
                (3, "JX501", 89),   // 维护费 0.5 under 时效指标
                (3, "JX201", 94),   // 99%
            ]
        },
        {
            "004_99c72457ea777f4c.txt",
            [
                (0, "JX102", 2),    // the document states no year
                (0, "JX105", 2),    // department goals in prose, no indicators
                (1, "JX102", 20),
                (2, "JX102", 106),
                (3, "JX102", 192),
                (4, "JX102", 278),
                (4, "JX201", 335),  // 疑难信访案件处理率 75%
                (5, "JX102", 364),
                (5, "JX106", 364),  // 值班接访 has no 质量指标
                (6, "JX102", 450),
                (6, "JX204", 514),  // ★ 到京信访事件处理率 ≤20万元
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Review_Seed_FindsExactlyTheExpectedFindings(string seed, (int Table, string Code, int Line)[] expected)
    {
        var read = DocumentReader.Read(File.ReadAllBytes(TestFiles.Seed(seed)), seed);
        var review = Reviewer.Review(read, Profile.National);

        var actual = review.Tables.SelectMany((t, i) => t.Findings.Select(f => (i, f.Code, f.Line ?? t.Table.Line))).ToList();
        actual.Should().BeEquivalentTo(expected.Select(e => (e.Table, e.Code, e.Line)), $"the findings on {seed}");
        review.DocumentFindings.Should().BeEmpty();
    }

    [Fact]
    public void Review_Seed004_RatePointsAtTheIndicator()
    {
        var read = DocumentReader.Read(File.ReadAllBytes(TestFiles.Seed("004_99c72457ea777f4c.txt")), "004");
        var table = Reviewer.Review(read, Profile.National).Tables[6];

        var finding = table.Findings.Single(f => f.Code == "JX204");
        table.Table.Indicators[finding.Indicator!.Value].Name.Should().Be("到京信访事件处理率");
        finding.Field.Should().Be("value");
    }

    [Theory]
    [InlineData("000_a2e8745f1a3936ea.txt", new[] { "优", "优", "优", "优", "良" })]
    [InlineData("001_e7de79ac1631b66e.txt", new[] { "差", "差", "差", "中" })]
    public void Review_Seed_GradesEachTable(string seed, string[] grades)
    {
        // 000: 0, 1, 0, 0 and 3 warnings (100, 95, 100, 100, 85; weights adding to 90 leave the 10 execution points). 001 t1: 2 errors + 4 warnings = 40 → 差;
        // t2: 1 error + 5 warnings = 55 → 差; t3: 1 error + 5 warnings = 55 → 差; t4: 1 error + 4 warnings = 60 → 中.
        var read = DocumentReader.Read(File.ReadAllBytes(TestFiles.Seed(seed)), seed);
        Reviewer.Review(read, Profile.National).Tables.Select(t => t.Grade.ToChinese()).Should().Equal(grades);
    }
}
