namespace Jixiao.Cli;

/// <summary>Opens input files with a clear message (in Chinese) when they cannot be read.</summary>
public static class InputFiles
{
    /// <summary>Files larger than this are refused rather than read into memory.</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    public static bool TryRead(string path, Func<Stream> stdin, out byte[] bytes, out string error)
    {
        bytes = [];
        error = "";
        try
        {
            if (path == "-")
            {
                using var input = stdin();
                using var buffer = new MemoryStream();
                input.CopyTo(buffer);
                bytes = buffer.ToArray();
                return true;
            }
            if (Directory.Exists(path)) { error = $"无法读取“{path}”：这是一个目录，不是文件。"; return false; }
            if (!File.Exists(path)) { error = $"无法读取“{path}”：文件不存在。"; return false; }
            var info = new FileInfo(path);
            if (info.Length > MaxBytes) { error = $"无法读取“{path}”：文件大小 {info.Length / 1024 / 1024} MB 超过上限 {MaxBytes / 1024 / 1024} MB。"; return false; }
            bytes = File.ReadAllBytes(path);
            return true;
        }
        catch (UnauthorizedAccessException)
        {
            error = $"无法读取“{path}”：没有读取权限。";
        }
        catch (IOException ex)
        {
            error = $"无法读取“{path}”：{ex.Message}";
        }
        return false;
    }
}
