using Baken.Core.Platform.Organisations;
using Baken.Core.Register.Deployments;
using Baken.Core.Register.Products;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Baken.Core.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> b)
    {
        b.ToTable("organisations");
        b.HasKey(o => o.Id);
        b.Property(o => o.Id).ValueGeneratedNever();
        b.Property(o => o.Name).HasMaxLength(200);
        b.Property(o => o.Slug).HasMaxLength(120);
        b.HasIndex(o => o.Slug).IsUnique();
        b.Property(o => o.Kind).HasConversion<string>().HasMaxLength(40);
        b.Property(o => o.City).HasMaxLength(100);
        b.Property(o => o.Website).HasMaxLength(300);
        b.Property(o => o.Kvk).HasMaxLength(8);
        b.Property(o => o.Agb).HasMaxLength(8);
        b.Property(o => o.Ura).HasMaxLength(8);
        b.Property(o => o.Oin).HasMaxLength(20);
        b.Property(o => o.Sectors).HasJsonConversion();
        b.Property(o => o.Revision).IsConcurrencyToken();
    }
}

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> b)
    {
        b.ToTable("products");
        b.HasKey(p => p.Id);
        b.Property(p => p.Id).ValueGeneratedNever();
        b.HasOne(p => p.Maker).WithMany().HasForeignKey(p => p.MakerId).OnDelete(DeleteBehavior.Restrict);
        b.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(p => p.Content).HasJsonConversion();
        b.Property(p => p.Provenance).HasField("_provenance").UsePropertyAccessMode(PropertyAccessMode.Field).HasJsonConversion();
        b.Property(p => p.ReturnReason).HasMaxLength(2000);
        b.Property(p => p.Revision).IsConcurrencyToken();
        b.HasMany(p => p.Versions).WithOne().HasForeignKey(v => v.ProductId).OnDelete(DeleteBehavior.Cascade);

        b.Property(p => p.ClassifiedDeviceClass).HasMaxLength(4);
        b.Property(p => p.Slug).HasMaxLength(120);
        b.HasIndex(p => p.Slug).IsUnique();
        b.HasIndex(p => p.MakerId);
        b.HasIndex(p => p.Status);
    }
}

internal sealed class ProductVersionConfiguration : IEntityTypeConfiguration<ProductVersion>
{
    public void Configure(EntityTypeBuilder<ProductVersion> b)
    {
        b.ToTable("product_versions");
        b.HasKey(v => v.Id);
        b.Property(v => v.Id).ValueGeneratedNever();
        b.Property(v => v.Label).HasMaxLength(50);
        b.Property(v => v.Notes).HasMaxLength(2000);
        b.Property(v => v.Classification).HasJsonConversion();
        b.HasIndex(v => new { v.ProductId, v.Label }).IsUnique();
    }
}

internal sealed class ProductRevisionConfiguration : IEntityTypeConfiguration<ProductRevision>
{
    public void Configure(EntityTypeBuilder<ProductRevision> b)
    {
        b.ToTable("product_revisions");
        b.HasKey(r => r.Id);
        b.Property(r => r.Change).HasMaxLength(40);
        b.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Content).HasJsonConversion();
        b.HasIndex(r => new { r.ProductId, r.Number }).IsUnique();
        b.HasOne<Product>().WithMany().HasForeignKey(r => r.ProductId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DeploymentConfiguration : IEntityTypeConfiguration<Deployment>
{
    public void Configure(EntityTypeBuilder<Deployment> b)
    {
        b.ToTable("deployments");
        b.HasKey(d => d.Id);
        b.Property(d => d.Id).ValueGeneratedNever();
        b.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        b.Property(d => d.Notes).HasMaxLength(2000);
        b.HasOne(d => d.Product).WithMany().HasForeignKey(d => d.ProductId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.ProductVersion).WithMany().HasForeignKey(d => d.ProductVersionId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne(d => d.Organisation).WithMany().HasForeignKey(d => d.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        b.Property(d => d.Revision).IsConcurrencyToken();
        b.HasIndex(d => d.OrganisationId);
        b.HasIndex(d => d.ProductId);
    }
}
