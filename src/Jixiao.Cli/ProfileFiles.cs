using Jixiao.Profiles;

namespace Jixiao.Cli;

/// <summary>Loads the profile named by --profile, or the shipped national one; prints every error with its line.</summary>
public static class ProfileFiles
{
    public static bool TryLoad(string? path, TextWriter stderr, out Profile profile)
    {
        profile = Profile.National;
        if (path is null) return true;
        if (!InputFiles.TryRead(path, () => Stream.Null, out var bytes, out var error))
        {
            stderr.WriteLine(error);
            return false;
        }
        var result = ProfileReader.Parse(System.Text.Encoding.UTF8.GetString(bytes), path);
        if (result.Profile is null)
        {
            stderr.WriteLine($"审核口径配置“{path}”有误，未使用：");
            foreach (var e in result.Errors) stderr.WriteLine($"  {e}");
            return false;
        }
        profile = result.Profile;
        return true;
    }
}
