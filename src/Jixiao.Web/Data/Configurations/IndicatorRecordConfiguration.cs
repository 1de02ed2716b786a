using Jixiao.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Web.Data.Configurations;

public sealed class IndicatorRecordConfiguration : IEntityTypeConfiguration<IndicatorRecord>
{
    public void Configure(EntityTypeBuilder<IndicatorRecord> b)
    {
        b.ToTable("indicators");
        b.HasKey(x => new { x.RegionCode, x.Year, x.TableId, x.Index });
        b.Property(x => x.RegionCode).HasMaxLength(12);
        b.Property(x => x.Name).HasMaxLength(500);
        b.Property(x => x.Level1).HasMaxLength(20);
        b.Property(x => x.Level2).HasMaxLength(20);
    }
}
