using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Jixiao.Web.Data.Migrations;

/// <summary>
/// The first schema, written by hand (the EF design tools are not used here). Column types are left to the provider:
/// the same migration creates TEXT/BLOB columns on SQLite and uuid/timestamp/bytea on PostgreSQL. Every key starts
/// with the region (and the year where a row belongs to one), so a national deployment distributes by region.
/// </summary>
[DbContext(typeof(JixiaoDb))]
[Migration("20261122000001_Initial")]
public sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        m.CreateTable("regions", t => new
        {
            Code = t.Column<string>(maxLength: 12),
            Name = t.Column<string>(maxLength: 100),
        }, constraints: t => t.PrimaryKey("PK_regions", x => x.Code));

        m.CreateTable("departments", t => new
        {
            RegionCode = t.Column<string>(maxLength: 12),
            Id = t.Column<Guid>(),
            Name = t.Column<string>(maxLength: 200),
            Code = t.Column<string>(maxLength: 50, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_departments", x => new { x.RegionCode, x.Id }));

        m.CreateTable("units", t => new
        {
            RegionCode = t.Column<string>(maxLength: 12),
            Id = t.Column<Guid>(),
            DepartmentId = t.Column<Guid>(),
            Name = t.Column<string>(maxLength: 200),
            Code = t.Column<string>(maxLength: 50, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_units", x => new { x.RegionCode, x.Id }));
        m.CreateIndex("IX_units_RegionCode_DepartmentId", "units", ["RegionCode", "DepartmentId"]);

        m.CreateTable("users", t => new
        {
            RegionCode = t.Column<string>(maxLength: 12),
            Id = t.Column<Guid>(),
            UserName = t.Column<string>(maxLength: 100),
            DisplayName = t.Column<string>(maxLength: 100),
            PasswordHash = t.Column<string>(),
            Role = t.Column<string>(maxLength: 30),
            UnitId = t.Column<Guid>(nullable: true),
            DepartmentId = t.Column<Guid>(nullable: true),
            FailedLogins = t.Column<int>(),
            LockedUntil = t.Column<DateTime>(nullable: true),
            CreatedAt = t.Column<DateTime>(),
        }, constraints: t => t.PrimaryKey("PK_users", x => new { x.RegionCode, x.Id }));
        m.CreateIndex("IX_users_UserName", "users", "UserName", unique: true);

        m.CreateTable("api_tokens", t => new
        {
            RegionCode = t.Column<string>(maxLength: 12),
            Id = t.Column<Guid>(),
            UserId = t.Column<Guid>(),
            Name = t.Column<string>(maxLength: 100),
            Hash = t.Column<string>(maxLength: 64),
            Prefix = t.Column<string>(maxLength: 12),
            CreatedAt = t.Column<DateTime>(),
            LastUsedAt = t.Column<DateTime>(nullable: true),
            RevokedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_api_tokens", x => new { x.RegionCode, x.Id }));
        m.CreateIndex("IX_api_tokens_Hash", "api_tokens", "Hash", unique: true);

        m.CreateTable("documents", t => new
        {
            RegionCode = t.Column<string>(maxLength: 12),
            Year = t.Column<int>(),
            Id = t.Column<Guid>(),
            UnitId = t.Column<Guid>(),
            FileName = t.Column<string>(maxLength: 260),
            Content = t.Column<byte[]>(),
            Sha256 = t.Column<string>(maxLength: 64),
            UploadedBy = t.Column<Guid>(),
            UploadedAt = t.Column<DateTime>(),
            TableCount = t.Column<int>(),
        }, constraints: t => t.PrimaryKey("PK_documents", x => new { x.RegionCode, x.Year, x.Id }));

        m.CreateTable("target_tables", t => new
        {
            RegionCode = t.Column<string>(maxLength: 12),
            Year = t.Column<int>(),
            Id = t.Column<Guid>(),
            Lineage = t.Column<Guid>(),
            Version = t.Column<int>(),
            Revision = t.Column<int>(),
            IsCurrent = t.Column<bool>(),
            State = t.Column<string>(maxLength: 30),
            UnitId = t.Column<Guid>(),
            DepartmentId = t.Column<Guid>(),
            DocumentId = t.Column<Guid>(nullable: true),
            Kind = t.Column<string>(maxLength: 20),
            ProjectName = t.Column<string>(maxLength: 300, nullable: true),
            UnitName = t.Column<string>(maxLength: 200, nullable: true),
            DepartmentName = t.Column<string>(maxLength: 200, nullable: true),
            ModelJson = t.Column<string>(),
            Grade = t.Column<string>(maxLength: 4),
            Errors = t.Column<int>(),
            Warnings = t.Column<int>(),
            LastComment = t.Column<string>(nullable: true),
            CreatedAt = t.Column<DateTime>(),
            UpdatedAt = t.Column<DateTime>(),
            PublishedAt = t.Column<DateTime>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_target_tables", x => new { x.RegionCode, x.Year, x.Id }));
        m.CreateIndex("IX_target_tables_Id", "target_tables", "Id", unique: true);
        m.CreateIndex("IX_target_tables_RegionCode_Year_State", "target_tables", ["RegionCode", "Year", "State"]);
        m.CreateIndex("IX_target_tables_RegionCode_Year_UnitId", "target_tables", ["RegionCode", "Year", "UnitId"]);
        m.CreateIndex("IX_target_tables_RegionCode_Lineage", "target_tables", ["RegionCode", "Lineage"]);

        m.CreateTable("indicators", t => new
        {
            RegionCode = t.Column<string>(maxLength: 12),
            Year = t.Column<int>(),
            TableId = t.Column<Guid>(),
            Index = t.Column<int>(),
            Name = t.Column<string>(maxLength: 500, nullable: true),
            Level1 = t.Column<string>(maxLength: 20, nullable: true),
            Level2 = t.Column<string>(maxLength: 20, nullable: true),
        }, constraints: t => t.PrimaryKey("PK_indicators", x => new { x.RegionCode, x.Year, x.TableId, x.Index }));

        m.CreateTable("entries", t => new
        {
            RegionCode = t.Column<string>(maxLength: 12),
            Year = t.Column<int>(),
            Id = t.Column<Guid>(),
            TableId = t.Column<Guid>(),
            Kind = t.Column<string>(maxLength: 20),
            Month = t.Column<int>(nullable: true),
            EntriesCsv = t.Column<string>(),
            ResultJson = t.Column<string>(nullable: true),
            CreatedBy = t.Column<Guid>(),
            CreatedAt = t.Column<DateTime>(),
        }, constraints: t => t.PrimaryKey("PK_entries", x => new { x.RegionCode, x.Year, x.Id }));
        m.CreateIndex("IX_entries_RegionCode_Year_TableId", "entries", ["RegionCode", "Year", "TableId"]);

        m.CreateTable("audit_events", t => new
        {
            RegionCode = t.Column<string>(maxLength: 12),
            Year = t.Column<int>(),
            Id = t.Column<Guid>(),
            TableId = t.Column<Guid>(nullable: true),
            Lineage = t.Column<Guid>(nullable: true),
            Action = t.Column<string>(maxLength: 30),
            UserId = t.Column<Guid>(nullable: true),
            UserName = t.Column<string>(maxLength: 100, nullable: true),
            At = t.Column<DateTime>(),
            Comment = t.Column<string>(nullable: true),
            Before = t.Column<string>(nullable: true),
            After = t.Column<string>(nullable: true),
        }, constraints: t => t.PrimaryKey("PK_audit_events", x => new { x.RegionCode, x.Year, x.Id }));
        m.CreateIndex("IX_audit_events_RegionCode_Lineage_At", "audit_events", ["RegionCode", "Lineage", "At"]);
    }

    protected override void Down(MigrationBuilder m)
    {
        foreach (var t in new[] { "audit_events", "entries", "indicators", "target_tables", "documents", "api_tokens", "users", "units", "departments", "regions" })
            m.DropTable(t);
    }
}
