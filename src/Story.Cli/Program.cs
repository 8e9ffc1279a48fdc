using Story.Cli;

return await StoryCli.Build().Parse(args).InvokeAsync();
