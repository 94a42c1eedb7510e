using Calcine.Cli;

return CalcineCli.Run(args, CliConsole.System);
