using Gongkai.CaseBenchmarks;

return CaseBenchmark.Run(args);
