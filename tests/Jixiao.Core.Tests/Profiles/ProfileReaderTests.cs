using Jixiao.Diagnostics;
using Jixiao.Framework;
using Jixiao.Profiles;
using Jixiao.Values;

namespace Jixiao.Tests.Profiles;

public class ProfileReaderTests
{
    [Fact]
    public void National_Shipped_HasTheDefaultsOfDomainSection8()
    {
        var p = Profile.National;

        p.Name.Should().Be("national");
        p.Version.Should().NotBeNullOrEmpty();
        p.AllowedComparators.Should().NotContain(Comparator.Approximately).And.Contain(Comparator.GreaterOrEqual);
        p.RequiredCategories.Should().HaveCount(5);
        p.RequiredCategories[3].Should().Contain(Level2.Social).And.Contain(Level2.Sustainable);
        p.Level1Shares.Should().Contain(Level1.Output, 50m).And.Contain(Level1.Effect, 30m).And.Contain(Level1.Satisfaction, 10m);
        p.Grade.Excellent.Should().Be(90);
        p.Grade.ErrorCap.Should().Be(Grade.Fair);
    }

    // json, the line the error must name, a word the reason must contain
    public static TheoryData<string, int, string> Malformed() => new()
    {
        { "{\n  \"name\": \"x\",\n  \"version\": \"1\",\n  \"review\": { \"allowedComparators\": [\">=\" }\n}", 4, "JSON" },
        { "{\n  \"name\": \"x\",\n  \"version\": \"1\",\n  \"colour\": \"red\"\n}", 4, "colour" },
        { "{\n  \"name\": \"x\",\n  \"version\": \"1\",\n  \"review\": {\n    \"allowedComparators\": [\">=\", \"about\"]\n  }\n}", 5, "about" },
        { "{\n  \"name\": \"x\",\n  \"version\": \"1\",\n  \"review\": {\n    \"requiredCategories\": [[\"数量指标\"], [\"效率指标\"]]\n  }\n}", 5, "效率指标" },
        { "{\n  \"name\": \"x\",\n  \"version\": \"1\",\n  \"review\": {\n    \"weightTotal\": -5\n  }\n}", 5, "范围" },
        { "{\n  \"name\": \"x\",\n  \"version\": \"1\",\n  \"grade\": {\n    \"bands\": { \"优\": 60, \"良\": 75, \"中\": 50 }\n  }\n}", 5, "优 ≥ 良 ≥ 中" },
        { "{\n  \"name\": \"x\",\n  \"version\": \"1\",\n  \"review\": {\n    \"severity\": { \"JX201\": \"fatal\" }\n  }\n}", 5, "fatal" },
        { "{\n  \"name\": \"x\",\n  \"version\": \"1\",\n  \"review\": {\n    \"disabled\": [\"E501\"]\n  }\n}", 5, "E501" },
        { "{\n  \"version\": \"1\"\n}", 1, "name" },
        { "[1, 2]", 1, "对象" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Parse_MalformedProfile_IsRejectedWithLineAndReason(string json, int line, string word)
    {
        var result = ProfileReader.Parse(json, "province.json");

        result.Profile.Should().BeNull();
        result.Errors.Should().Contain(e => e.Line == line && (e.Reason.Contains(word) || e.Path.Contains(word)),
            "the error must say where and why: " + string.Join(" | ", result.Errors));
        result.Errors.Should().OnlyContain(e => e.Source == "province.json");
    }

    [Fact]
    public void Parse_ProvinceProfile_OverridesOnlyWhatItSays()
    {
        const string json = """
            // 某省口径：允许“≈”，成本指标必填，JX201 降为提示，不做 JX403。
            {
              "name": "某省",
              "version": "2025.2",
              "review": {
                "allowedComparators": [">=", ">", "=", "<", "<=", "≈", "qualitative"],
                "requiredCategories": [["数量指标"], ["成本指标"]],
                "severity": { "JX201": "info" },
                "disabled": ["JX403"],
              },
            }
            """;

        var result = ProfileReader.Parse(json, "p.json");

        result.Errors.Should().BeEmpty();
        var p = result.Profile!;
        p.AllowedComparators.Should().Contain(Comparator.Approximately);
        p.RequiredCategories.Should().HaveCount(2);
        p.RequiredCategories[1].Should().Equal(Level2.Cost);
        p.SeverityOverrides.Should().Contain("JX201", Severity.Info);
        p.Disabled.Should().Contain("JX403");
        p.Grade.Should().Be(new GradeFormula(), "the grade formula keeps its defaults when the profile does not set it");
    }
}
