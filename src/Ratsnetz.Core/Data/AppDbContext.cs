using Microsoft.EntityFrameworkCore;
using Ratsnetz.Access;
using Ratsnetz.Common;
using Ratsnetz.Council.AgendaItems;
using Ratsnetz.Council.Attendances;
using Ratsnetz.Council.Bodies;
using Ratsnetz.Council.Consultations;
using Ratsnetz.Council.Contributions;
using Ratsnetz.Council.Files;
using Ratsnetz.Council.LegislativeTerms;
using Ratsnetz.Council.Locations;
using Ratsnetz.Council.Meetings;
using Ratsnetz.Council.Memberships;
using Ratsnetz.Council.Organizations;
using Ratsnetz.Council.Papers;
using Ratsnetz.Council.People;
using Ratsnetz.Import.Documents;

namespace Ratsnetz.Data;

/// <summary>The unit of work for all council data. Provider-neutral: the provider is chosen by the host.</summary>
/// <remarks>
/// Pooled by the host (<c>AddDbContextPool</c>): creating a context per request cost ~7 % of an API list page's CPU.
/// A pooled context takes nothing but its options, so the clock comes with them (<see cref="ClockOptions.UseClock"/>).
/// </remarks>
public sealed class AppDbContext(DbContextOptions<AppDbContext> options) : DbContext(options)
{
    private readonly TimeProvider clock = options.FindExtension<ClockOptionsExtension>()?.Clock ?? TimeProvider.System;

    public DbSet<Body> Bodies => Set<Body>();

    public DbSet<LegislativeTerm> LegislativeTerms => Set<LegislativeTerm>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Location> Locations => Set<Location>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<Attendance> Attendances => Set<Attendance>();

    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();

    public DbSet<Contribution> Contributions => Set<Contribution>();

    public DbSet<Paper> Papers => Set<Paper>();

    public DbSet<PaperOriginator> PaperOriginators => Set<PaperOriginator>();

    public DbSet<Consultation> Consultations => Set<Consultation>();

    public DbSet<StoredFile> Files => Set<StoredFile>();

    public DbSet<FileContent> FileContents => Set<FileContent>();

    public DbSet<StaffAssignment> StaffAssignments => Set<StaffAssignment>();

    public DbSet<Council.Sessions.BiasDeclaration> BiasDeclarations => Set<Council.Sessions.BiasDeclaration>();

    public DbSet<Council.Sessions.RollCallBallot> RollCallBallots => Set<Council.Sessions.RollCallBallot>();

    public DbSet<Council.Sessions.StandardAgendaItem> StandardAgendaItems => Set<Council.Sessions.StandardAgendaItem>();

    public DbSet<DocumentImport> DocumentImports => Set<DocumentImport>();

    public DbSet<FactProvenance> FactProvenance => Set<FactProvenance>();

    public DbSet<Common.Auditing.AuditEntry> AuditEntries => Set<Common.Auditing.AuditEntry>();

    public DbSet<Import.Uploads.PendingUpload> PendingUploads => Set<Import.Uploads.PendingUpload>();

    public DbSet<OParl.Documents.StoredOParlDocument> OParlDocuments => Set<OParl.Documents.StoredOParlDocument>();

    public DbSet<Council.Minutes.MeetingMinutes> MeetingMinutes => Set<Council.Minutes.MeetingMinutes>();

    public DbSet<Council.Minutes.MinutesAddendum> MinutesAddenda => Set<Council.Minutes.MinutesAddendum>();

    public DbSet<Search.SearchDocument> SearchDocuments => Set<Search.SearchDocument>();

    public DbSet<Alerts.AlertSubscription> AlertSubscriptions => Set<Alerts.AlertSubscription>();

    // Everything in Ratsnetz saves asynchronously; the synchronous path exists for EF tooling and takes the same route.
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    /// <summary>
    /// Stamps created/modified and, in the same transaction as the change, marks the stored OParl documents that show
    /// a changed council record as outdated (ADR 0011) and rewrites the search documents that show it (ADR 0015), so
    /// neither the API nor search ever serves an older state after a commit.
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTimes();
        var changes = OParl.Documents.OParlChangeSet.Capture(ChangeTracker);
        var searchChanges = Search.SearchChangeSet.Capture(ChangeTracker);
        if (changes is null && searchChanges is null)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var transaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (changes is not null)
            {
                var affected = await changes.AffectedAsync(this, cancellationToken);
                await OParl.Documents.OParlDocumentStore.BumpAsync(this, affected, cancellationToken);
            }

            if (searchChanges is not null)
            {
                await RefreshSearchAsync(searchChanges, cancellationToken);
            }

            if (transaction is not null)
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return count;
        }
        finally
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
        SnakeCaseNames.Apply(modelBuilder);
    }

    // The staged documents are saved and then forgotten: a long import must not keep every document it indexed.
    private async Task RefreshSearchAsync(Search.SearchChangeSet changes, CancellationToken cancellationToken)
    {
        var staged = await Search.SearchIndexer.StageAsync(this, await changes.AffectedAsync(this, cancellationToken), cancellationToken);
        await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        foreach (var document in staged)
        {
            Entry(document).State = EntityState.Detached;
        }
    }

    // Created/Modified are OParl's sync keys; stamping them here means no use case can forget them.
    private void StampTimes()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var entry in ChangeTracker.Entries<Entity>())
        {
            if (entry.State == EntityState.Added)
            {
                entry.Entity.Created = now;
                entry.Entity.Modified = now;
            }
            else if (entry.State == EntityState.Modified)
            {
                entry.Entity.Modified = now;
            }
        }
    }
}
