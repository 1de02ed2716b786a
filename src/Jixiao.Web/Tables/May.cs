namespace Jixiao.Web.Tables;

/// <summary>What the caller may do next with a table, so that no client has to guess.</summary>
public sealed record May(bool Edit, bool Submit, bool Approve, bool Return, bool Publish, bool Adjust)
{
    public static May Nothing { get; } = new(false, false, false, false, false, false);
}
