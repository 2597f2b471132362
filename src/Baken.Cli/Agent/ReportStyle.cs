namespace Baken.Cli.Agent;

/// <summary>The look both self-contained HTML reports share (classifier and documentation); each adds its own rules.</summary>
internal static class ReportStyle
{
    public const string Base = """
        body { font-family: system-ui, sans-serif; color: #1a1a1a; margin: 0; line-height: 1.45; }
        main { max-width: 64rem; margin: 0 auto; padding: 1.5rem; }
        h1 { margin-bottom: .25rem; } h2 { margin-top: 2rem; border-bottom: 2px solid #154273; }
        table { border-collapse: collapse; margin: .5rem 0; font-variant-numeric: tabular-nums; }
        th, td { border: 1px solid #b4b4b4; padding: .25rem .6rem; text-align: left; vertical-align: top; }
        th { background: #eef2f7; } td.num { text-align: right; white-space: nowrap; }
        .wide { overflow-x: auto; }
        .met { color: #0b6b2b; font-weight: 600; } .not-met { color: #a4001d; font-weight: 600; }
        .note { color: #444; font-size: .9rem; }

        """;
}
