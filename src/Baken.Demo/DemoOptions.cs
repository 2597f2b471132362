namespace Baken.Demo;

/// <summary>How large a demo register to seed on first start; bound from <c>Baken:Demo</c>.</summary>
public sealed class DemoOptions
{
    public const string Section = "Baken:Demo";

    // Off unless the host turns it on (it does in Development): a production host that forgets
    // this section must never fill a real register with demo data.
    public bool Enabled { get; set; }

    /// <summary>Total products including the real examples; the real examples are always seeded.</summary>
    public int Products { get; set; } = 400;

    /// <summary>Total organisations including the real ones.</summary>
    public int Organisations { get; set; } = 150;

    /// <summary>Total deployments including the real ones.</summary>
    public int Deployments { get; set; } = 800;

    /// <summary>The same seed gives the same register, so screenshots and bug reports can be reproduced.</summary>
    public int Seed { get; set; } = 2020;
}
