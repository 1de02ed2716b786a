using Jixiao.Checks.Classification;

namespace Jixiao.Tests.Checks.Classification;

public class Level2NotUnderLevel1Tests
{
    public static TheoryData<CheckCase> Cases() => new()
    {
        new("社会效益指标 under 产出指标", T.Project().With("产出指标", "社会效益指标", "社会矛盾化解", "有效化解"), 1, [0]),
        new("数量指标 under 效益指标, after a good row",
            T.Project().With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次").With("效益指标", "数量指标", "接访人次", "≥300人次"), 1, [1]),
        new("服务对象满意度指标 under 效果指标", T.Project().With("效果指标", "服务对象满意度指标", "信访群众满意度", "≥95%"), 1, [0]),
        new("经济成本指标 under 产出指标", T.Project().With("产出指标", "经济成本指标", "运行成本", "≤100万元"), 1, [0]),
        new("near miss: 数量指标 under 产出指标", T.Project().With("产出指标", "数量指标", "县领导公开接访服务量", "≥200次"), 0, []),
        new("near miss: aliases 预期效果指标 / 社会效益指标", T.Project().With("预期效果指标", "社会效益指标", "社会矛盾化解", "有效化解"), 0, []),
        new("near miss: 满意度指 / 满意度指 (seed 001's truncation)", T.Project().With("满意度指", "满意度指", "信访群众满意度", "≥98百分比"), 0, []),
        new("near miss: 成本指标 as a level 2 under 产出指标", T.Project().With("产出指标", "成本指标", "项目总成本", "≤100万元"), 0, []),
        new("near miss: 经济成本指标 under level-1 成本指标", T.Project().With("成本指标", "经济成本指标", "运行成本", "≤100万元"), 0, []),
        new("near miss: department 可持续发展能力 standing alone", T.Department().With("可持续发展能力", null, "干部队伍建设", "持续加强"), 0, []),
        new("near miss: a level 1 without level 2", T.Project().With("产出指标", null, "县领导公开接访服务量", "≥200次"), 0, []),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Run_TableRow_FindsWhatTheRowExpects(CheckCase c) => c.Verify(new Level2NotUnderLevel1());
}
