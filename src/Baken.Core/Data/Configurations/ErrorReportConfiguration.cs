using Baken.Core.Register.ErrorReports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baken.Core.Data.Configurations;

internal sealed class ErrorReportConfiguration : IEntityTypeConfiguration<ErrorReport>
{
    public void Configure(EntityTypeBuilder<ErrorReport> b)
    {
        b.ToTable("error_reports");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Section).HasMaxLength(200);
        b.Property(r => r.Message).HasMaxLength(2000);
        b.Property(r => r.ReporterEmail).HasMaxLength(200);
        b.HasOne(r => r.Product).WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(r => new { r.ProductId, r.CreatedAt });
    }
}
