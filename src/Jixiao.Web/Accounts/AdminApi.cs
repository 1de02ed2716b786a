using Jixiao.Web.Data;
using Jixiao.Web.Data.Entities;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Accounts;

/// <summary>The organisation tree of the caller's region (everyone signed in may read it) and its administration (administrators).</summary>
public static class AdminApi
{
    public sealed record OrgUnit(Guid Id, string Name, string? Code);
    public sealed record OrgDepartment(Guid Id, string Name, string? Code, List<OrgUnit> Units);
    public sealed record Organisation(string RegionCode, string RegionName, List<OrgDepartment> Departments);
    public sealed record NewDepartment(string Name, string? Code);
    public sealed record NewUnit(Guid DepartmentId, string Name, string? Code);
    public sealed record NewUser(string UserName, string DisplayName, string Password, string Role, Guid? UnitId, Guid? DepartmentId);
    public sealed record UserInfo(Guid Id, string UserName, string DisplayName, string Role, Guid? UnitId, Guid? DepartmentId, bool Locked);

    public static void MapAdminApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/org", GetOrganisation).WithTags("组织").RequireAuthorization();
        var g = app.MapGroup("/api/admin").WithTags("管理").RequireAuthorization(p => p.RequireRole(nameof(Role.Administrator))).DisableAntiforgery();
        g.MapPost("/departments", AddDepartment);
        g.MapPost("/units", AddUnit);
        g.MapGet("/users", ListUsers);
        g.MapPost("/users", AddUser);
    }

    private static async Task<Ok<Organisation>> GetOrganisation(HttpContext http, JixiaoDb db, CancellationToken ct)
    {
        var c = Caller.From(http.User)!;
        var region = await db.Regions.FirstAsync(r => r.Code == c.RegionCode, ct);
        var departments = await db.Departments.Where(d => d.RegionCode == c.RegionCode).OrderBy(d => d.Name).ToListAsync(ct);
        var units = await db.Units.Where(u => u.RegionCode == c.RegionCode).OrderBy(u => u.Name).ToListAsync(ct);
        return TypedResults.Ok(new Organisation(region.Code, region.Name, departments.Select(d =>
            new OrgDepartment(d.Id, d.Name, d.Code, units.Where(u => u.DepartmentId == d.Id).Select(u => new OrgUnit(u.Id, u.Name, u.Code)).ToList())).ToList()));
    }

    private static async Task<Results<Created<OrgDepartment>, ProblemHttpResult>> AddDepartment(NewDepartment r, HttpContext http, JixiaoDb db, CancellationToken ct)
    {
        var c = Caller.From(http.User)!;
        if (string.IsNullOrWhiteSpace(r.Name)) return TypedResults.Problem("部门名称不能为空。", statusCode: 400, title: "缺少名称");
        var d = new Department { RegionCode = c.RegionCode, Name = r.Name.Trim(), Code = r.Code?.Trim() };
        db.Departments.Add(d);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/org", new OrgDepartment(d.Id, d.Name, d.Code, []));
    }

    private static async Task<Results<Created<OrgUnit>, ProblemHttpResult>> AddUnit(NewUnit r, HttpContext http, JixiaoDb db, CancellationToken ct)
    {
        var c = Caller.From(http.User)!;
        if (string.IsNullOrWhiteSpace(r.Name)) return TypedResults.Problem("单位名称不能为空。", statusCode: 400, title: "缺少名称");
        if (!await db.Departments.AnyAsync(d => d.RegionCode == c.RegionCode && d.Id == r.DepartmentId, ct))
            return TypedResults.Problem("所属部门不存在。", statusCode: 400, title: "部门不存在");
        var u = new Unit { RegionCode = c.RegionCode, DepartmentId = r.DepartmentId, Name = r.Name.Trim(), Code = r.Code?.Trim() };
        db.Units.Add(u);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/org", new OrgUnit(u.Id, u.Name, u.Code));
    }

    private static async Task<Ok<List<UserInfo>>> ListUsers(HttpContext http, JixiaoDb db, TimeProvider clock, CancellationToken ct)
    {
        var c = Caller.From(http.User)!;
        var now = clock.GetUtcNow().UtcDateTime;
        var users = await db.Users.Where(u => u.RegionCode == c.RegionCode).OrderBy(u => u.UserName).ToListAsync(ct);
        return TypedResults.Ok(users.Select(u => new UserInfo(u.Id, u.UserName, u.DisplayName, u.Role.ToString(), u.UnitId, u.DepartmentId, u.LockedUntil > now)).ToList());
    }

    private static async Task<Results<Created<UserInfo>, ProblemHttpResult>> AddUser(NewUser r, HttpContext http, JixiaoDb db, TimeProvider clock, CancellationToken ct)
    {
        var c = Caller.From(http.User)!;
        if (!Enum.TryParse<Role>(r.Role, out var role)) return TypedResults.Problem("角色应为 UnitEditor、DepartmentReviewer、FinanceReviewer 或 Administrator。", statusCode: 400, title: "角色有误");
        if (string.IsNullOrWhiteSpace(r.UserName) || string.IsNullOrWhiteSpace(r.Password) || r.Password.Length < 10)
            return TypedResults.Problem("用户名不能为空，密码至少 10 个字符。", statusCode: 400, title: "用户名或密码不合要求");
        if (await db.Users.AnyAsync(u => u.UserName == r.UserName, ct)) return TypedResults.Problem($"用户名“{r.UserName}”已被使用。", statusCode: 409, title: "用户名重复");
        Guid? department = r.DepartmentId;
        if (role == Role.UnitEditor)
        {
            var unit = await db.Units.FirstOrDefaultAsync(u => u.RegionCode == c.RegionCode && u.Id == r.UnitId, ct);
            if (unit is null) return TypedResults.Problem("单位填报人员必须属于本区划的一个单位（unitId）。", statusCode: 400, title: "单位不存在");
            department = unit.DepartmentId;
        }
        else if (role == Role.DepartmentReviewer && !await db.Departments.AnyAsync(d => d.RegionCode == c.RegionCode && d.Id == r.DepartmentId, ct))
            return TypedResults.Problem("部门审核人员必须属于本区划的一个部门（departmentId）。", statusCode: 400, title: "部门不存在");
        var user = new User
        {
            RegionCode = c.RegionCode, UserName = r.UserName.Trim(), DisplayName = r.DisplayName?.Trim() ?? r.UserName.Trim(), Role = role,
            UnitId = role == Role.UnitEditor ? r.UnitId : null, DepartmentId = role is Role.UnitEditor or Role.DepartmentReviewer ? department : null,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        user.PasswordHash = new PasswordHasher<User>().HashPassword(user, r.Password);
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created("/api/admin/users", new UserInfo(user.Id, user.UserName, user.DisplayName, user.Role.ToString(), user.UnitId, user.DepartmentId, false));
    }
}
