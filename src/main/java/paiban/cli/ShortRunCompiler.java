package paiban.cli;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import javax.management.ObjectName;

/**
 * A headless command runs for about a second. HotSpot's optimizing compiler
 * (C2) spends half a CPU-second of that compiling the composer's hot loops,
 * code that would only pay back in a long-running process, and on a busy
 * two-core machine it competes with the work itself. For the short commands
 * the process entry asks the JVM, through the documented compiler-directive
 * diagnostic command (what {@code jcmd Compiler.directives_add} does), to
 * keep to the quick compiler (C1). The editor and {@code bench} (warm
 * figures) keep the full JIT. Done on a daemon thread, since building the
 * platform MBean server costs about 100 ms; if anything fails the JVM simply
 * keeps its defaults.
 */
public final class ShortRunCompiler {
    private static final System.Logger LOG = paiban.log.Log.of(ShortRunCompiler.class);
    private static final Set<String> SHORT_COMMANDS = Set.of("proof", "export", "preflight", "import");
    private static final String DIRECTIVE = "[{ match: \"*.*\", c2: { Exclude: true } }]";

    private ShortRunCompiler() {}

    /** Called by the process entry only: never from tests or the editor, whose JVM lives on. */
    public static void forCommandLine(String[] args) {
        if (args.length == 0 || !SHORT_COMMANDS.contains(args[0]) || Boolean.getBoolean("paiban.fullJit")) return;
        Thread t = new Thread(ShortRunCompiler::keepToC1, "jit-directive");
        t.setDaemon(true);
        t.start();
    }

    private static void keepToC1() {
        Path file = null;
        try {
            // a name of its own rather than createTempFile, whose SecureRandom costs a cold JVM 20 ms
            file = Path.of(System.getProperty("java.io.tmpdir"), "paiban-jit-" + ProcessHandle.current().pid() + ".json");
            Files.writeString(file, DIRECTIVE);
            ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
                    "compilerDirectivesAdd", new Object[] {new String[] {file.toString()}},
                    new String[] {String[].class.getName()});
        } catch (Exception | LinkageError e) {
            LOG.log(System.Logger.Level.DEBUG, "compiler settings left at their defaults", e);
            // no management module or no permission: the defaults only cost time
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (Exception e) {
                    LOG.log(System.Logger.Level.DEBUG, "a temporary file stays", e);
                    // a few bytes in the temp folder
                }
            }
        }
    }
}
