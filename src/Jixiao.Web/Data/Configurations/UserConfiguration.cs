using Jixiao.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Jixiao.Web.Data.Configurations;

public sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> b)
    {
        b.ToTable("users");
        b.HasKey(x => new { x.RegionCode, x.Id });
        b.Property(x => x.RegionCode).HasMaxLength(12);
        b.Property(x => x.UserName).HasMaxLength(100);
        b.Property(x => x.DisplayName).HasMaxLength(100);
        b.Property(x => x.Role).HasConversion<string>().HasMaxLength(30);
        b.HasIndex(x => x.UserName).IsUnique();
    }
}
