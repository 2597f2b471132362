using Baken.Core.Ethics;
using Baken.Core.Platform.Organisations;
using Baken.Core.Register.Deployments;
using Baken.Core.Register.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baken.Core.Data.Configurations;

internal sealed class EthicsRecordConfiguration : IEntityTypeConfiguration<EthicsRecord>
{
    public void Configure(EntityTypeBuilder<EthicsRecord> b)
    {
        b.ToTable("ethics_records");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Content).HasJsonConversion();
        b.Property(r => r.Revision).IsConcurrencyToken();
        b.HasIndex(r => r.ProductId);
        b.HasIndex(r => r.DeploymentId);
        b.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Deployment>().WithMany().HasForeignKey(r => r.DeploymentId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
