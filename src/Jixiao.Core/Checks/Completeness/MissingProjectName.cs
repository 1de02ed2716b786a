using Jixiao.Diagnostics;
using Jixiao.Model;

namespace Jixiao.Checks.Completeness;

/// <summary>JX101: a project table without 项目名称.</summary>
public sealed class MissingProjectName : Check
{
    public override string Code => "JX101";
    public override string Title => "项目表缺少项目名称";
    public override Severity Severity => Severity.Error;

    public override IEnumerable<Diagnostic> Run(CheckContext c)
    {
        if (c.Table.Kind == TableKind.Project && string.IsNullOrWhiteSpace(c.Table.ProjectName))
            yield return Finding($"第 {c.Table.Line} 行起的项目表没有填写“项目名称”，请补填。", c.Table.Line, field: "projectName");
    }
}
