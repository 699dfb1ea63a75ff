package paiban;

import paiban.cli.Cli;
import paiban.cli.ShortRunCompiler;
import paiban.ui.PaibanApp;

/**
 * Entry point of target/paiban.jar: the editor with no arguments, a headless
 * command otherwise. It does not extend Application, so the shaded jar starts
 * JavaFX from the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // POI logs through Log4j 2; without a provider it prints an error line on every run
        if (System.getProperty("log4j2.loggerContextFactory") == null)
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        // PDFBox logs through commons-logging: straight to java.util.logging, which Cli quiets,
        // rather than discovering Log4j (50 classes to load on every headless run)
        if (System.getProperty("org.apache.commons.logging.LogFactory") == null) {
            System.setProperty("org.apache.commons.logging.LogFactory", "org.apache.commons.logging.impl.LogFactoryImpl");
            System.setProperty("org.apache.commons.logging.Log", "org.apache.commons.logging.impl.Jdk14Logger");
        }
        if (args.length == 0 || (args.length == 1 && args[0].endsWith(".json"))) {
            Cli.quietLibraries(false);
            PaibanApp.main(args);
        } else {
            ShortRunCompiler.forCommandLine(args);
            paiban.log.Log.toFile(paiban.settings.SettingsFolder.logs(paiban.settings.SettingsFolder.path()));
            System.exit(Cli.run(args, System.out, System.err));
        }
    }
}
