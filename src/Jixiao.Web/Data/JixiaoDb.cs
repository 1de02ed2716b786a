using Jixiao.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Data;

/// <summary>The database: one schema and one set of migrations for SQLite (embedded default) and PostgreSQL (server).</summary>
public sealed class JixiaoDb(DbContextOptions<JixiaoDb> options) : DbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<User> Users => Set<User>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<StoredDocument> Documents => Set<StoredDocument>();
    public DbSet<TableRecord> Tables => Set<TableRecord>();
    public DbSet<IndicatorRecord> Indicators => Set<IndicatorRecord>();
    public DbSet<EntryRecord> Entries => Set<EntryRecord>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();

    protected override void OnModelCreating(ModelBuilder b) => b.ApplyConfigurationsFromAssembly(typeof(JixiaoDb).Assembly);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAudit();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAudit();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The audit trail is append-only: an update or delete of an audit event is a programming error.</summary>
    private void GuardAudit()
    {
        if (ChangeTracker.Entries<AuditEvent>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
            throw new InvalidOperationException("The audit trail is append-only.");
    }
}
