namespace Jixiao.Monitoring;

/// <summary>A monitoring light. Ordered from least to most alarming: blue (ahead, the target may be too low) ranks above green.</summary>
public enum Light
{
    Green,
    Blue,
    Yellow,
    Red,
}

public static class LightText
{
    public static string ToExchange(this Light l) => l switch { Light.Green => "green", Light.Blue => "blue", Light.Yellow => "yellow", _ => "red" };

    public static string ToChinese(this Light l) => l switch { Light.Green => "绿灯", Light.Blue => "蓝灯", Light.Yellow => "黄灯", _ => "红灯" };
}
