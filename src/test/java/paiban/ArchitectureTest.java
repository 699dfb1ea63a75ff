package paiban;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The one-way layering of README's architecture: model → compose → layout → renderers; io, ui, cli on top. */
@AnalyzeClasses(packages = "paiban", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule modelIsPlainJava = noClasses().that().resideInAPackage("paiban.model..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "paiban.font..", "paiban.compose..", "paiban.layout..", "paiban.render..", "paiban.io..",
                    "paiban.ui..", "paiban.cli..", "paiban.preflight..",
                    "javafx..", "com.fasterxml.jackson..", "org.apache.pdfbox..", "org.apache.fontbox..");

    @ArchTest
    static final ArchRule fontKnowsOnlyTheModel = noClasses().that().resideInAPackage("paiban.font..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "paiban.compose..", "paiban.layout..", "paiban.render..", "paiban.io..", "paiban.ui..",
                    "paiban.cli..", "javafx..", "org.apache.pdfbox.pdmodel..");

    @ArchTest
    static final ArchRule layoutIsPlainData = noClasses().that().resideInAPackage("paiban.layout..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "paiban.compose..", "paiban.render..", "paiban.io..", "paiban.ui..", "paiban.cli..",
                    "javafx..", "org.apache.pdfbox.pdmodel..");

    @ArchTest
    static final ArchRule composeDrawsNothing = noClasses().that().resideInAPackage("paiban.compose..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "paiban.render..", "paiban.io..", "paiban.ui..", "paiban.cli..", "paiban.preflight..",
                    "javafx..", "org.apache.pdfbox.pdmodel..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule renderersOnlyDrawTheLayout = noClasses().that().resideInAPackage("paiban.render..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "paiban.compose..", "paiban.io..", "paiban.ui..", "paiban.cli..");

    @ArchTest
    static final ArchRule fxDoesNotKnowPdf = noClasses().that().resideInAPackage("paiban.render.fx..")
            .should().dependOnClassesThat().resideInAnyPackage("paiban.render.pdf..", "org.apache.pdfbox.pdmodel..");

    @ArchTest
    static final ArchRule pdfDoesNotKnowFx = noClasses().that().resideInAPackage("paiban.render.pdf..")
            .should().dependOnClassesThat().resideInAnyPackage("paiban.render.fx..", "javafx..");

    /** Placed PDFs are read for everyone (screen, print, preflight) and draw on neither toolkit themselves. */
    @ArchTest
    static final ArchRule placedPdfsKnowNoRenderer = noClasses().that().resideInAPackage("paiban.render.placed..")
            .should().dependOnClassesThat().resideInAnyPackage("paiban.render.fx..", "paiban.render.pdf..", "javafx..");

    @ArchTest
    static final ArchRule publishIsHeadlessAndDrawsThroughRender = noClasses().that().resideInAPackage("paiban.publish..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "paiban.ui..", "paiban.cli..", "paiban.io..", "paiban.preflight..", "paiban.bench..",
                    "paiban.render.fx..", "javafx..", "org.apache.pdfbox..");

    @ArchTest
    static final ArchRule nothingBelowKnowsPublish = noClasses().that().resideInAnyPackage(
                    "paiban.model..", "paiban.font..", "paiban.compose..", "paiban.layout..", "paiban.render..",
                    "paiban.io..", "paiban.preflight..")
            .should().dependOnClassesThat().resideInAPackage("paiban.publish..");

    @ArchTest
    static final ArchRule ioHasNoJavaFx = noClasses().that().resideInAPackage("paiban.io..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "paiban.ui..", "paiban.render..",
                    "paiban.cli..", "org.apache.pdfbox.pdmodel..");

    @ArchTest
    static final ArchRule cliIsHeadless = noClasses().that().resideInAPackage("paiban.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("paiban.ui..", "paiban.render.fx..", "javafx..");

    /** Not even through a class of another layer: what the command line reaches never reaches JavaFX. */
    @ArchTest
    static final ArchRule cliReachesNoJavaFxThroughAnything = noClasses().that().resideInAnyPackage("paiban.cli..", "paiban.bench..")
            .should().transitivelyDependOnClassesThat().resideInAnyPackage("paiban.ui..", "paiban.render.fx..", "javafx..");

    @ArchTest
    static final ArchRule pdfDrawingStaysInRenderPdf = noClasses().that().resideOutsideOfPackages(
                    "paiban.render.pdf..", "paiban.render.placed..", "paiban.cli..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.apache.pdfbox.pdmodel..", "org.apache.pdfbox.contentstream..", "org.apache.pdfbox.rendering..");

    /** Preflight reads the layout and the files it names; it draws nothing, saves nothing and knows no front end. */
    @ArchTest
    static final ArchRule preflightOnlyReadsTheLayout = noClasses().that().resideInAPackage("paiban.preflight..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "paiban.ui..", "paiban.cli..", "paiban.bench..", "paiban.publish..", "paiban.io..",
                    "paiban.render.fx..", "paiban.render.pdf..", "javafx..");

    @ArchTest
    static final ArchRule nothingBelowKnowsPreflight = noClasses().that().resideInAnyPackage(
                    "paiban.model..", "paiban.font..", "paiban.compose..", "paiban.layout..", "paiban.render..",
                    "paiban.io..", "paiban.publish..")
            .should().dependOnClassesThat().resideInAPackage("paiban.preflight..");

    /**
     * The benchmarks are run by the command line only; the editor's own (paiban.ui.bench, which drive
     * the window) reach it through ServiceLoader, never the other way.
     */
    @ArchTest
    static final ArchRule onlyTheCommandLineRunsBenchmarks = noClasses().that().resideOutsideOfPackages(
                    "paiban.bench..", "paiban.cli..", "paiban.ui.bench..")
            .should().dependOnClassesThat().resideInAPackage("paiban.bench..");

    /** The benchmarks run headless, like the command line that runs them: the editor's ones time paiban.edit. */
    @ArchTest
    static final ArchRule benchIsHeadless = noClasses().that().resideInAPackage("paiban.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("paiban.ui..", "paiban.render.fx..", "javafx..");

    @ArchTest
    static final ArchRule benchKnowsNoCommandLine = noClasses().that().resideInAPackage("paiban.bench..")
            .should().dependOnClassesThat().resideInAPackage("paiban.cli..");

    /**
     * Edits are values over the model and the layout, made and undone without a window (the shared store will
     * send them): no JavaFX, no front end, no files, no drawing.
     */
    @ArchTest
    static final ArchRule editsNeedNoWindow = noClasses().that().resideInAPackage("paiban.edit..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "paiban.ui..", "paiban.cli..", "paiban.bench..", "paiban.render..", "paiban.io..",
                    "paiban.preflight..", "paiban.publish..", "javafx..", "org.apache.pdfbox..",
                    "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule nothingBelowKnowsEdits = noClasses().that().resideInAnyPackage(
                    "paiban.model..", "paiban.font..", "paiban.compose..", "paiban.layout..", "paiban.render..",
                    "paiban.io..", "paiban.preflight..", "paiban.publish..")
            .should().dependOnClassesThat().resideInAPackage("paiban.edit..");

    /**
     * The print export is one service for the command line and the editor: it composes nothing itself, reads no
     * file and knows neither front end, so both run it the same way.
     */
    @ArchTest
    static final ArchRule exportKnowsNoFrontEnd = noClasses().that().resideInAPackage("paiban.export..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "paiban.ui..", "paiban.cli..", "paiban.bench..", "paiban.publish..", "paiban.io..",
                    "paiban.edit..", "paiban.render.fx..", "javafx..", "org.apache.pdfbox..");

    @ArchTest
    static final ArchRule nothingBelowKnowsExport = noClasses().that().resideInAnyPackage(
                    "paiban.model..", "paiban.font..", "paiban.compose..", "paiban.layout..", "paiban.render..",
                    "paiban.io..", "paiban.preflight..", "paiban.publish..", "paiban.edit..", "paiban.bench..")
            .should().dependOnClassesThat().resideInAPackage("paiban.export..");

    /** Logging, the settings folder and the bounded cache are for every layer, so they depend on none. */
    @ArchTest
    static final ArchRule logAndSettingsStandAlone = noClasses().that().resideInAnyPackage("paiban.log..", "paiban.settings..",
                    "paiban.cache..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "paiban.model..", "paiban.font..", "paiban.compose..", "paiban.layout..", "paiban.render..",
                    "paiban.io..", "paiban.preflight..", "paiban.publish..", "paiban.bench..", "paiban.ui..",
                    "paiban.cli..", "paiban.edit..", "paiban.export..", "javafx..");
}
