using Ratsnetz.Cli;

// One executable, several verbs (serve, db migrate, users add, …): see Cli/RatsnetzCommandLine.cs.
return await RatsnetzCommandLine.Create().Parse(args).InvokeAsync();
