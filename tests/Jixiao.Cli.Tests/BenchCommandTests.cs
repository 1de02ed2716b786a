using Jixiao.Cli;

namespace Jixiao.Cli.Tests;

public class BenchCommandTests
{
    [Fact]
    public void Bench_SmallRun_PrintsFiguresMachineAndFullAccuracy()
    {
        var o = new StringWriter();
        var e = new StringWriter();

        var exit = CliApp.Run(["bench", "--tables", "300", "--seed", "5", "--threads", "1"], o, e, () => Stream.Null);

        var output = o.ToString();
        exit.Should().Be(BenchCommand.Ok, output);
        output.Should().Contain("300 张表").And.Contain("表/秒").And.Contain("峰值内存").And.Contain("读取速度 ÷ 拆分速度");
        output.Should().Contain("召回率（埋入的错误都被发现） | 100.00 %").And.Contain("精确率（问题都对应埋入的错误） | 100.00 %");
        output.Should().Contain("机器：").And.Contain("核");
    }
}
