using Jixiao.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Web.Data.Configurations;

public sealed class TableRecordConfiguration : IEntityTypeConfiguration<TableRecord>
{
    public void Configure(EntityTypeBuilder<TableRecord> b)
    {
        b.ToTable("target_tables");
        b.HasKey(x => new { x.RegionCode, x.Year, x.Id });
        b.Property(x => x.RegionCode).HasMaxLength(12);
        b.Property(x => x.State).HasConversion<string>().HasMaxLength(30);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.Property(x => x.ProjectName).HasMaxLength(300);
        b.Property(x => x.UnitName).HasMaxLength(200);
        b.Property(x => x.DepartmentName).HasMaxLength(200);
        b.Property(x => x.Grade).HasMaxLength(4);
        b.Property(x => x.Revision).IsConcurrencyToken();
        b.HasIndex(x => x.Id).IsUnique();
        b.HasIndex(x => new { x.RegionCode, x.Year, x.State });
        b.HasIndex(x => new { x.RegionCode, x.Year, x.UnitId });
        b.HasIndex(x => new { x.RegionCode, x.Lineage });
    }
}
