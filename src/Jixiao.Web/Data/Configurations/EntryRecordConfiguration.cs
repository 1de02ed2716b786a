using Jixiao.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Web.Data.Configurations;

public sealed class EntryRecordConfiguration : IEntityTypeConfiguration<EntryRecord>
{
    public void Configure(EntityTypeBuilder<EntryRecord> b)
    {
        b.ToTable("entries");
        b.HasKey(x => new { x.RegionCode, x.Year, x.Id });
        b.Property(x => x.RegionCode).HasMaxLength(12);
        b.Property(x => x.Kind).HasMaxLength(20);
        b.HasIndex(x => new { x.RegionCode, x.Year, x.TableId });
    }
}
