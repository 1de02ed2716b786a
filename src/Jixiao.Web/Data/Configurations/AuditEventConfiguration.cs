using Jixiao.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Web.Data.Configurations;

public sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> b)
    {
        b.ToTable("audit_events");
        b.HasKey(x => new { x.RegionCode, x.Year, x.Id });
        b.Property(x => x.RegionCode).HasMaxLength(12);
        b.Property(x => x.Action).HasMaxLength(30);
        b.Property(x => x.UserName).HasMaxLength(100);
        b.HasIndex(x => new { x.RegionCode, x.Lineage, x.At });
    }
}
