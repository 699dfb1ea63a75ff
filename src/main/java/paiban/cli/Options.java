package paiban.cli;

import java.util.ArrayList;
import java.util.List;

/** A small option reader: flags, valued options and positional arguments, with clear errors. */
public final class Options {
    private final List<String> args;

    public Options(List<String> args) {
        this.args = new ArrayList<>(args);
    }

    public boolean flag(String name) {
        return args.remove(name);
    }

    /** The value after {@code name}, or null when the option is absent. */
    public String value(String name) {
        int i = args.indexOf(name);
        if (i < 0) return null;
        if (i + 1 >= args.size() || args.get(i + 1).startsWith("--"))
            throw new UsageException(name + " needs a value");
        String v = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return v;
    }

    /** The remaining positional arguments; an unknown option is an error. */
    public List<String> positional() {
        for (String a : args) {
            if (a.startsWith("--") || (a.startsWith("-") && a.length() > 1 && !Character.isDigit(a.charAt(1))))
                throw new UsageException("unknown option " + a);
        }
        List<String> rest = List.copyOf(args);
        args.clear();
        return rest;
    }

    /** Fails on anything left over. */
    public void noMore() {
        List<String> rest = positional();
        if (!rest.isEmpty()) throw new UsageException("unexpected argument " + rest.get(0));
    }
}
