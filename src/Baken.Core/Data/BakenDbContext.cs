using Baken.Core.Assessment;
using Baken.Core.Ethics;
using Baken.Core.Platform.Audit;
using Baken.Core.Platform.Identity;
using Baken.Core.Platform.Organisations;
using Baken.Core.Register.Deployments;
using Baken.Core.Register.ErrorReports;
using Baken.Core.Register.Products;
using Baken.Core.Validation;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Baken.Core.Data;

/// <summary>
/// The one DbContext. Handlers use it directly (docs/adr/0001). Every SaveChanges appends
/// hash-chained audit events for its changes in the same transaction.
/// </summary>
public sealed class BakenDbContext(
    DbContextOptions<BakenDbContext> options,
    AuditContext? auditContext = null,
    TimeProvider? clock = null,
    RegisterChangeSignal? registerChanged = null)
    : IdentityDbContext<User, Role, Guid>(options), IDataProtectionKeyContext
{
    private readonly AuditContext _audit = auditContext ?? AuditContext.System;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Product> Products => Set<Product>();
    public DbSet<ProductVersion> ProductVersions => Set<ProductVersion>();
    public DbSet<ProductRevision> ProductRevisions => Set<ProductRevision>();
    public DbSet<Deployment> Deployments => Set<Deployment>();
    public DbSet<ErrorReport> ErrorReports => Set<ErrorReport>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<SigningKey> SigningKeys => Set<SigningKey>();
    public DbSet<ValidationProtocol> ValidationProtocols => Set<ValidationProtocol>();
    public DbSet<ValidationResult> ValidationResults => Set<ValidationResult>();
    public DbSet<SelfAssessment> SelfAssessments => Set<SelfAssessment>();
    public DbSet<AssessmentAnswer> AssessmentAnswers => Set<AssessmentAnswer>();
    public DbSet<Evidence> Evidence => Set<Evidence>();
    public DbSet<EvidenceFile> EvidenceFiles => Set<EvidenceFile>();
    public DbSet<AssessmentComment> AssessmentComments => Set<AssessmentComment>();
    public DbSet<EthicsRecord> EthicsRecords => Set<EthicsRecord>();

    /// <summary>Cookie and antiforgery keys, shared by every instance of the web host.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public AuditContext Audit => _audit;

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(BakenDbContext).Assembly);
    }

    /// <summary>
    /// Only for writes that are not audited (the data-protection key ring saves synchronously);
    /// every audited write goes through <see cref="SaveChangesAsync(bool, CancellationToken)"/>.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        AuditRecorder.Capture(ChangeTracker).Count == 0
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new NotSupportedException("Use SaveChangesAsync: audited writes append to the audit chain asynchronously.");

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = AuditRecorder.Capture(ChangeTracker);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var touchesRegister = pending.Any(p => p.Entry.Entity is Product or ProductVersion or Organisation or Deployment);
        var ownTransaction = Database.CurrentTransaction is null;
        await using var transaction = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
        await AuditRecorder.AppendAsync(this, pending, _audit, _clock.GetUtcNow(), cancellationToken);
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        if (touchesRegister)
        {
            registerChanged?.Notify();
        }

        return written;
    }

    /// <summary>
    /// Serialises appends to the audit chain. SQLite's write transaction (BEGIN IMMEDIATE) already
    /// excludes other writers; PostgreSQL needs an explicit transaction-scoped advisory lock.
    /// </summary>
    public async Task LockAuditChainAsync(CancellationToken ct)
    {
        if (Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            await Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7243001)", ct);
        }
    }
}
