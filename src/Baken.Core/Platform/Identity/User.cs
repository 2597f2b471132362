using Microsoft.AspNetCore.Identity;

namespace Baken.Core.Platform.Identity;

/// <summary>A person; always acts for one organisation.</summary>
public sealed class User : IdentityUser<Guid>
{
    public Guid OrganisationId { get; set; }
    public string DisplayName { get; set; } = "";
}

public sealed class Role : IdentityRole<Guid>
{
    public Role() { }

    public Role(string name) : base(name) => NormalizedName = name.ToUpperInvariant();
}
