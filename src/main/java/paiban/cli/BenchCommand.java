package paiban.cli;

import java.io.PrintStream;
import java.util.List;

import paiban.bench.Benchmark;
import paiban.bench.Benchmarks;

/** {@code paiban bench [--only NAME] [--quick]}: the performance figures of README. */
final class BenchCommand implements Command {
    @Override public String name() { return "bench"; }

    @Override public String summary() { return "measure composition and export speed (warm, on this machine)"; }

    @Override public String usage() {
        StringBuilder sb = new StringBuilder("usage: paiban bench [--only NAME] [--quick]\n\nbenchmarks:\n");
        for (Benchmark b : Benchmarks.all()) sb.append(String.format("  %-16s %s%n", b.name(), b.summary()));
        return sb.toString();
    }

    @Override public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = new Options(args);
        String only = o.value("--only");
        boolean quick = o.flag("--quick");
        o.noMore();
        boolean any = false;
        List<Benchmark> all = Benchmarks.all();
        String skipped = Benchmarks.skipped();
        if (!skipped.isEmpty() && only == null) out.println(skipped);
        for (Benchmark b : all) {
            if (only != null && !b.name().equals(only)) continue;
            any = true;
            out.println("== " + b.name() + ": " + b.summary());
            b.run(out, quick);
        }
        if (!any && only != null && !skipped.isEmpty()) out.println(skipped);
        if (!any) throw new UsageException(only == null ? "no benchmarks" : "no benchmark named " + only);
        return Cli.OK;
    }
}
