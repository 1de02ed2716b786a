using System.Security.Claims;
using Jixiao.Web.Data.Entities;

namespace Jixiao.Web.Accounts;

/// <summary>Who is calling: read from the signed-in principal (cookie or API token).</summary>
public sealed record Caller(Guid Id, string UserName, string DisplayName, string RegionCode, Role Role, Guid? UnitId, Guid? DepartmentId)
{
    public const string RegionClaim = "jixiao:region";
    public const string UnitClaim = "jixiao:unit";
    public const string DepartmentClaim = "jixiao:department";
    public const string DisplayNameClaim = "jixiao:display";

    public static Caller? From(ClaimsPrincipal p)
    {
        if (p.Identity?.IsAuthenticated != true) return null;
        if (!Guid.TryParse(p.FindFirstValue(ClaimTypes.NameIdentifier), out var id)) return null;
        if (!Enum.TryParse<Role>(p.FindFirstValue(ClaimTypes.Role), out var role)) return null;
        return new Caller(id, p.FindFirstValue(ClaimTypes.Name) ?? "", p.FindFirstValue(DisplayNameClaim) ?? "", p.FindFirstValue(RegionClaim) ?? "",
            role, Guid.TryParse(p.FindFirstValue(UnitClaim), out var u) ? u : null, Guid.TryParse(p.FindFirstValue(DepartmentClaim), out var d) ? d : null);
    }

    public static ClaimsPrincipal Principal(User u, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, u.Id.ToString()),
            new(ClaimTypes.Name, u.UserName),
            new(DisplayNameClaim, u.DisplayName),
            new(ClaimTypes.Role, u.Role.ToString()),
            new(RegionClaim, u.RegionCode),
        };
        if (u.UnitId is { } unit) claims.Add(new Claim(UnitClaim, unit.ToString()));
        if (u.DepartmentId is { } dept) claims.Add(new Claim(DepartmentClaim, dept.ToString()));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }
}
