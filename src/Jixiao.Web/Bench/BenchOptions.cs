using System.Globalization;

namespace Jixiao.Web.Bench;

/// <summary>
/// The arguments of <c>bench-db</c> and <c>bench-api</c>: how many generated tables, the seed, and for the API the
/// clients and seconds per phase; <c>--postgres</c> names a server to create a fresh database on, else SQLite in a temp folder.
/// </summary>
public sealed record BenchOptions
{
    public const int DefaultTables = 20_000;

    public required string Mode { get; init; }
    public int Tables { get; init; } = DefaultTables;
    public int Seed { get; init; } = 1;
    public int Clients { get; init; } = 64;
    public int Seconds { get; init; } = 10;
    /// <summary>Tables per transaction (one Store call); prepared before, and only the storing is timed.</summary>
    public int Batch { get; init; } = 10_000;
    public string? Postgres { get; init; }
    /// <summary>Leave the database in place afterwards (its location is printed).</summary>
    public bool Keep { get; init; }
    /// <summary>bench-api: measure a database kept by an earlier run (an SQLite file, or a database name on the --postgres server) instead of importing.</summary>
    public string? Reuse { get; init; }

    public const string Usage = """
        用法：
          dotnet run -c Release --project src/Jixiao.Web -- bench-db  [--tables N] [--batch N] [--seed S] [--postgres 连接串] [--keep]
          dotnet run -c Release --project src/Jixiao.Web -- bench-api [--tables N] [--clients 64] [--seconds 10] [--seed S] [--postgres 连接串] [--keep | --reuse 位置]
        不带 --postgres 时在临时目录新建 SQLite 数据库；带 --postgres 时在该服务器上新建一个数据库，结束后删除（--keep 保留）。
        --reuse 测量之前用 --keep 保留的数据库（SQLite 文件路径，或 --postgres 服务器上的数据库名），不再导入，也不删除。
        bench-api 只在 127.0.0.1 上启动服务并只向它发请求，每个阶段 --seconds 秒后自行停止。
        """;

    /// <summary>The options, or null with the reason written to <paramref name="error"/>.</summary>
    public static BenchOptions? Parse(string[] args, TextWriter error)
    {
        var o = new BenchOptions { Mode = args[0] };
        for (var k = 1; k < args.Length; k++)
        {
            string Value() => k + 1 < args.Length ? args[++k] : throw new FormatException($"{args[k]} 后面缺少值。");
            int Number(int min, int max)
            {
                var name = args[k];
                var v = int.Parse(Value(), NumberStyles.None, CultureInfo.InvariantCulture);
                return v >= min && v <= max ? v : throw new FormatException($"{name} 应在 {min} 到 {max} 之间。");
            }
            try
            {
                o = args[k] switch
                {
                    "--tables" => o with { Tables = Number(1, 10_000_000) },
                    "--seed" => o with { Seed = Number(0, int.MaxValue) },
                    "--clients" => o with { Clients = Number(1, 1024) },
                    "--seconds" => o with { Seconds = Number(1, 600) },
                    "--batch" => o with { Batch = Number(1, 1_000_000) },
                    "--postgres" => o with { Postgres = Value() },
                    "--keep" => o with { Keep = true },
                    "--reuse" => o with { Reuse = Value(), Keep = true },
                    _ => throw new FormatException($"不认识的参数：{args[k]}"),
                };
            }
            catch (FormatException e)
            {
                error.WriteLine(e.Message);
                error.WriteLine(Usage);
                return null;
            }
        }
        if (o.Mode == "bench-db" && o.Reuse is not null)
        {
            error.WriteLine("--reuse 只用于 bench-api：bench-db 每次都在新数据库上测量导入。");
            return null;
        }
        return o;
    }
}
