using Baken.Core.Assessment;
using Baken.Core.Register.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baken.Core.Data.Configurations;

internal sealed class SelfAssessmentConfiguration : IEntityTypeConfiguration<SelfAssessment>
{
    public void Configure(EntityTypeBuilder<SelfAssessment> b)
    {
        b.ToTable("assessments");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.ChecklistId).HasMaxLength(80);
        b.Property(a => a.ChecklistVersion).HasMaxLength(20);
        b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Revision).IsConcurrencyToken();

        // One sequence number per round: two editors copying the same round at once cannot both win.
        b.HasIndex(a => new { a.ProductId, a.ChecklistId, a.Sequence }).IsUnique();
        b.HasOne<Product>().WithMany().HasForeignKey(a => a.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ProductVersion>().WithMany().HasForeignKey(a => a.ProductVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasMany(a => a.Answers).WithOne().HasForeignKey(x => x.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentAnswerConfiguration : IEntityTypeConfiguration<AssessmentAnswer>
{
    public void Configure(EntityTypeBuilder<AssessmentAnswer> b)
    {
        b.ToTable("assessment_answers");
        b.HasKey(a => a.Id);
        b.Property(a => a.Id).ValueGeneratedNever();
        b.Property(a => a.StatementId).HasMaxLength(120);
        b.Property(a => a.Outcome).HasConversion<string>().HasMaxLength(20);
        b.Property(a => a.Explanation).HasMaxLength(SaveAnswer.MaxExplanationLength);
        b.Property(a => a.Revision).IsConcurrencyToken();
        b.HasIndex(a => new { a.AssessmentId, a.StatementId }).IsUnique();
    }
}

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> b)
    {
        b.ToTable("assessment_evidence");
        b.HasKey(e => e.Id);
        b.Property(e => e.Id).ValueGeneratedNever();
        b.Property(e => e.StatementId).HasMaxLength(120);
        b.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        b.Property(e => e.Title).HasMaxLength(200);
        b.Property(e => e.Url).HasMaxLength(300);
        b.Property(e => e.Description).HasMaxLength(2000);
        b.Property(e => e.FileName).HasMaxLength(200);
        b.Property(e => e.ContentType).HasMaxLength(100);
        b.Property(e => e.Sha256).HasMaxLength(64);
        b.HasIndex(e => new { e.AssessmentId, e.StatementId });
        b.HasOne<SelfAssessment>().WithMany().HasForeignKey(e => e.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EvidenceFileConfiguration : IEntityTypeConfiguration<EvidenceFile>
{
    public void Configure(EntityTypeBuilder<EvidenceFile> b)
    {
        b.ToTable("assessment_evidence_files");
        b.HasKey(f => f.EvidenceId);
        b.Property(f => f.EvidenceId).ValueGeneratedNever();
        b.HasOne<Evidence>().WithOne().HasForeignKey<EvidenceFile>(f => f.EvidenceId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AssessmentCommentConfiguration : IEntityTypeConfiguration<AssessmentComment>
{
    public void Configure(EntityTypeBuilder<AssessmentComment> b)
    {
        b.ToTable("assessment_comments");
        b.HasKey(c => c.Id);
        b.Property(c => c.Id).ValueGeneratedNever();
        b.Property(c => c.StatementId).HasMaxLength(120);
        b.Property(c => c.AuthorRole).HasMaxLength(40);
        b.Property(c => c.Text).HasMaxLength(4000);
        b.HasIndex(c => c.AssessmentId);
        b.HasOne<SelfAssessment>().WithMany().HasForeignKey(c => c.AssessmentId).OnDelete(DeleteBehavior.Cascade);
    }
}
