using Jixiao.Monitoring;

namespace Jixiao.Web.Pages.Tables;

/// <summary>How a monitoring light is shown: its CSS class (light-red …) and its Chinese name; no light is grey.</summary>
public static class LightView
{
    public static string Css(Light? l) => "light-" + (l?.ToExchange() ?? "none");

    public static string Name(Light? l) => l?.ToChinese() ?? "未亮灯";

    /// <summary>The ECharts colour of a light, the same as the CSS dots.</summary>
    public static string Colour(Light? l) => l switch
    {
        Light.Red => "#e53e3e",
        Light.Yellow => "#ecc94b",
        Light.Green => "#38a169",
        Light.Blue => "#3182ce",
        _ => "#cbd5e0",
    };

    public static Light? Parse(string? s) => s switch
    {
        "green" => Light.Green,
        "blue" => Light.Blue,
        "yellow" => Light.Yellow,
        "red" => Light.Red,
        _ => null,
    };
}
