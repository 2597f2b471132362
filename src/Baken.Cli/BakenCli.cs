using System.CommandLine;
using Baken.Cli.Platform;
using Baken.Cli.Submit;

namespace Baken.Cli;

/// <summary>The command tree of <c>baken</c>; separate from Program so tests invoke it in-process.</summary>
public static class BakenCli
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("baken: the Baken platform's command-line agent");
        root.Subcommands.Add(DatabaseCommands.Create());
        root.Subcommands.Add(AuditCommands.Create());
        root.Subcommands.Add(UserCommands.CreateUsers());
        root.Subcommands.Add(UserCommands.CreateTokens());
        root.Subcommands.Add(Validation.ValidateCommand.Create());
        root.Subcommands.Add(Monitoring.MonitorCommand.Create());
        root.Subcommands.Add(KeygenCommand.Create());
        root.Subcommands.Add(SubmitCommand.Create());
        root.Subcommands.Add(Review.ReviewCommand.Create());
        root.Subcommands.Add(Review.ReviewSummaryCommand.Create());
        root.Subcommands.Add(Documentation.ValidateTranscriptsCommand.Create());
        root.Subcommands.Add(Documentation.ValidateNotesCommand.Create());
        root.Subcommands.Add(TimeStudy.ValidateTimeCommand.Create());
        root.Subcommands.Add(Value.ValueCommand.Create());
        root.Subcommands.Add(Planning.ValidatePlanningCommand.Create());
        return root;
    }
}
