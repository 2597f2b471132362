using Baken.Core.Platform.Organisations;
using Baken.Core.Register.Products;
using Baken.Core.Validation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baken.Core.Data.Configurations;

internal sealed class SigningKeyConfiguration : IEntityTypeConfiguration<SigningKey>
{
    public void Configure(EntityTypeBuilder<SigningKey> b)
    {
        b.ToTable("signing_keys");
        b.HasKey(k => k.Id);
        b.Property(k => k.Id).ValueGeneratedNever();
        b.Property(k => k.Kid).HasMaxLength(64);
        b.HasIndex(k => k.Kid).IsUnique();
        b.Property(k => k.Jwk).HasMaxLength(1000);
        b.HasOne<Organisation>().WithMany().HasForeignKey(k => k.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ValidationProtocolConfiguration : IEntityTypeConfiguration<ValidationProtocol>
{
    public void Configure(EntityTypeBuilder<ValidationProtocol> b)
    {
        b.ToTable("validation_protocols");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.Property(p => p.Document).HasJsonConversion();
        b.HasIndex(p => new { p.ProductId, p.Version }).IsUnique();
        b.HasOne<Product>().WithMany().HasForeignKey(p => p.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ProductVersion>().WithMany().HasForeignKey(p => p.ProductVersionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ValidationResultConfiguration : IEntityTypeConfiguration<ValidationResult>
{
    public void Configure(EntityTypeBuilder<ValidationResult> b)
    {
        b.ToTable("validation_results");
        b.HasKey(r => r.Id);
        b.Property(r => r.Id).ValueGeneratedNever();
        b.Property(r => r.Kid).HasMaxLength(64);
        b.Property(r => r.PayloadHash).HasMaxLength(64);
        b.HasIndex(r => r.SubmissionId).IsUnique();
        b.HasIndex(r => r.PayloadHash).IsUnique();
        b.Property(r => r.ResultHash).HasMaxLength(64);
        b.HasIndex(r => r.ResultHash).IsUnique();
        b.HasIndex(r => r.ProductId);
        b.Property(r => r.Summary).HasJsonConversion();
        b.Property(r => r.Outcomes).HasJsonConversion();
        b.HasOne<ValidationProtocol>().WithMany().HasForeignKey(r => r.ProtocolId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Organisation>().WithMany().HasForeignKey(r => r.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
