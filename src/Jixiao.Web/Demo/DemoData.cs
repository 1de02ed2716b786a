using Jixiao.Web.Accounts;
using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Jixiao.Web.Tables;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Demo;

/// <summary>
/// A demo region for a first start: the four seed documents imported for four units, one account per role, and the
/// tables spread over the workflow so that every page and the public API have something to show.
/// </summary>
public static class DemoData
{
    public const string RegionCode = "999999";
    public const string Password = "jixiao2026";

    /// <summary>The demo accounts: user name, display name, role, and the seed whose unit an editor belongs to.</summary>
    public static readonly (string User, string Name, Role Role, string? Seed)[] Accounts =
    [
        ("editor", "秀山县信访办 填报员", Role.UnitEditor, "000_a2e8745f1a3936ea.txt"),
        ("editor-luan", "六安市信访局 填报员", Role.UnitEditor, "001_e7de79ac1631b66e.txt"),
        ("editor-guyuan", "固原市信访局 填报员", Role.UnitEditor, "003_d79471f5f42d8eb5.txt"),
        ("editor-linxi", "临西县信访局 填报员", Role.UnitEditor, "004_99c72457ea777f4c.txt"),
        ("dept", "信访系统 部门审核员", Role.DepartmentReviewer, null),
        ("finance", "财政局 审核员", Role.FinanceReviewer, null),
        ("admin", "系统管理员", Role.Administrator, null),
    ];

    private static readonly Dictionary<string, string> UnitNames = new()
    {
        ["000_a2e8745f1a3936ea.txt"] = "秀山县信访办",
        ["001_e7de79ac1631b66e.txt"] = "六安市人民政府信访局",
        ["003_d79471f5f42d8eb5.txt"] = "固原市信访局",
        ["004_99c72457ea777f4c.txt"] = "临西县信访局",
    };

    // What becomes of each imported table, by seed and table index: the rest stay drafts.
    private static readonly Dictionary<(string, int), string> Plan = new()
    {
        [("000_a2e8745f1a3936ea.txt", 0)] = "published",
        [("000_a2e8745f1a3936ea.txt", 1)] = "published",
        [("000_a2e8745f1a3936ea.txt", 2)] = "returned",
        [("000_a2e8745f1a3936ea.txt", 3)] = "submitted",
        [("003_d79471f5f42d8eb5.txt", 0)] = "published",
        [("003_d79471f5f42d8eb5.txt", 1)] = "finance-approved",
        [("003_d79471f5f42d8eb5.txt", 2)] = "department-approved",
        [("003_d79471f5f42d8eb5.txt", 3)] = "submitted",
        [("004_99c72457ea777f4c.txt", 1)] = "published",
        [("004_99c72457ea777f4c.txt", 2)] = "submitted",
        [("004_99c72457ea777f4c.txt", 3)] = "returned",
        [("004_99c72457ea777f4c.txt", 4)] = "department-approved",
    };

    public static async Task SeedIfEmpty(IServiceProvider services, string seedsDirectory, CancellationToken ct = default)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        if (await db.Regions.AnyAsync(ct)) return;
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var now = clock.GetUtcNow().UtcDateTime;
        db.Regions.Add(new Region { Code = RegionCode, Name = "演示市" });
        var department = new Department { RegionCode = RegionCode, Name = "演示市信访系统", Code = "007" };
        db.Departments.Add(department);
        var units = UnitNames.ToDictionary(p => p.Key, p => new Unit { RegionCode = RegionCode, DepartmentId = department.Id, Name = p.Value });
        db.Units.AddRange(units.Values);
        var hasher = new PasswordHasher<User>();
        var users = new Dictionary<string, User>();
        foreach (var (name, display, role, seed) in Accounts)
        {
            var u = new User
            {
                RegionCode = RegionCode, UserName = name, DisplayName = display, Role = role, CreatedAt = now,
                UnitId = seed is null ? null : units[seed].Id,
                DepartmentId = role == Role.DepartmentReviewer || seed is not null ? department.Id : null,
            };
            u.PasswordHash = hasher.HashPassword(u, Password);
            users[name] = u;
            db.Users.Add(u);
        }
        await db.SaveChangesAsync(ct);

        var service = scope.ServiceProvider.GetRequiredService<TableService>();
        var caller = (string name) => Caller.From(Caller.Principal(users[name], "demo"))!;
        foreach (var (user, _, _, seed) in Accounts.Where(a => a.Seed is not null))
        {
            var path = Path.Combine(seedsDirectory, seed!);
            if (!File.Exists(path)) continue;
            var result = await service.Import(caller(user), seed!, await File.ReadAllBytesAsync(path, ct), 2023, ct);
            for (var i = 0; i < result.Tables.Count; i++)
            {
                if (!Plan.TryGetValue((seed!, i), out var target)) continue;
                var id = result.Tables[i].Id;
                if ((await service.Submit(caller(user), id, ct)).Ok is false) continue;
                if (target == "submitted") continue;
                if (target == "returned")
                {
                    await service.Return(caller("dept"), id, "请补充成本指标，并为“满意度”指标写明测算方法。", ct);
                    continue;
                }
                await service.Approve(caller("dept"), id, ct);
                if (target == "department-approved") continue;
                await service.Approve(caller("finance"), id, ct);
                if (target == "finance-approved") continue;
                await service.Publish(caller("finance"), id, ct);
            }
        }
    }
}
