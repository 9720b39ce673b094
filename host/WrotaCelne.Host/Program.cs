using WrotaCelne.Host.Composition;

return await HostCommandLine.InvokeAsync(args);
