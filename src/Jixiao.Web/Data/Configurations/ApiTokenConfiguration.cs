using Jixiao.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Web.Data.Configurations;

public sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> b)
    {
        b.ToTable("api_tokens");
        b.HasKey(x => new { x.RegionCode, x.Id });
        b.Property(x => x.RegionCode).HasMaxLength(12);
        b.Property(x => x.Name).HasMaxLength(100);
        b.Property(x => x.Hash).HasMaxLength(64);
        b.Property(x => x.Prefix).HasMaxLength(12);
        b.HasIndex(x => x.Hash).IsUnique();
    }
}
