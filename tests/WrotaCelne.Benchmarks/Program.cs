using WrotaCelne.Benchmarks;

return await BenchCommandLine.InvokeAsync(args);
