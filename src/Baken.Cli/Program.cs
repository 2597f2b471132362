using Baken.Cli;

return await BakenCli.CreateRoot().Parse(args).InvokeAsync();
