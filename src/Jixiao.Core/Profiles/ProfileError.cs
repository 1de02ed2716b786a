namespace Jixiao.Profiles;

/// <summary>Why a profile was rejected: where (file, 1-based line, JSON path) and why, in Chinese.</summary>
public sealed record ProfileError(string Source, int Line, string Path, string Reason)
{
    public override string ToString() => $"{Source}:{Line}: {Path}：{Reason}";
}
