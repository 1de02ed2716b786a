namespace Jixiao.Web.Pages.Tables;

/// <summary>One difference between two versions of a table: where (section, item, field), what it was and what it became.</summary>
public sealed record DiffRow(string Section, string Item, string Field, string? Before, string? After, DiffRow.Change Kind)
{
    public enum Change
    {
        Added,
        Removed,
        Changed,
    }

    public string KindName => Kind switch { Change.Added => "新增", Change.Removed => "删除", _ => "修改" };
}
