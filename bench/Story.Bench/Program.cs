using Story.Bench;

return await BenchCli.Build().Parse(args).InvokeAsync();
