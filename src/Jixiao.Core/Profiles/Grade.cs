namespace Jixiao.Profiles;

/// <summary>The review grade of a table, like the human review's: 优 goes ahead, 良 may be fixed by agreement, 中 must be revised, 差 cannot be funded.</summary>
public enum Grade
{
    Excellent,
    Good,
    Fair,
    Poor,
}

public static class GradeExtensions
{
    public static string ToChinese(this Grade g) => g switch
    {
        Grade.Excellent => "优",
        Grade.Good => "良",
        Grade.Fair => "中",
        _ => "差",
    };

    public static Grade? FromChinese(string? s) => s switch
    {
        "优" => Grade.Excellent,
        "良" => Grade.Good,
        "中" => Grade.Fair,
        "差" => Grade.Poor,
        _ => null,
    };
}
