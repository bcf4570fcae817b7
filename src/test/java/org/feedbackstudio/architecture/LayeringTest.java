package org.feedbackstudio.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.feedbackstudio.app.gui.SimulatorViews;
import org.feedbackstudio.core.Catalog;
import org.feedbackstudio.core.Simulator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * DESIGN.md's one-way rules: the engine (simulations/) never depends on the UI or the app; the core
 * names no simulator; simulators do not know each other. The simulator packages come from the catalog,
 * so a new simulator is held to the rules without an edit here.
 */
class LayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.feedbackstudio");

    /** Each registered simulator's engine package, e.g. org.feedbackstudio.donor. */
    private static List<String> simulatorPackages() {
        List<String> packages = new ArrayList<>();
        for (Simulator s : Catalog.standard().all()) {
            packages.add(s.getClass().getPackageName());
        }
        assertFalse(packages.isEmpty(), "no simulator is registered");
        return packages;
    }

    /** Each registered simulator's studio package, e.g. org.feedbackstudio.app.gui.donor. */
    private static List<String> viewPackages() {
        List<String> packages = new ArrayList<>();
        for (SimulatorViews<?> v : SimulatorViews.registered()) {
            packages.add(v.getClass().getPackageName());
        }
        return packages;
    }

    @Test
    void engineDoesNotDependOnUiOrApp() {
        noClasses().that().resideOutsideOfPackage("org.feedbackstudio.app..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "javafx..", "java.awt..", "org.controlsfx..", "org.jfree..", "org.feedbackstudio.app..")
                .because("simulations/ is the engine and runs headless (DESIGN.md)")
                .check(CLASSES);
    }

    @Test
    void commandLineDoesNotDependOnTheStudio() {
        noClasses().that().resideInAPackage("org.feedbackstudio.app.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.feedbackstudio.app.gui..")
                .because("the command line must run on machines without a display")
                .check(CLASSES);
    }

    @Test
    void coreAndRuntimeNameNoSimulator() {
        String[] simulators = simulatorPackages().stream().map(p -> p + "..").toArray(String[]::new);
        noClasses().that().resideInAnyPackage("org.feedbackstudio.core..", "org.feedbackstudio.runtime..")
                .should().dependOnClassesThat().resideInAnyPackage(simulators)
                .because("simulators register themselves (META-INF/services); the core serves them all alike")
                .check(CLASSES);
    }

    @Test
    void simulatorsDoNotDependOnEachOther() {
        List<String> simulators = simulatorPackages();
        for (String a : simulators) {
            for (String b : simulators) {
                if (!a.equals(b)) {
                    noClasses().that().resideInAPackage(a + "..")
                            .should().dependOnClassesThat().resideInAPackage(b + "..")
                            .allowEmptyShould(true)
                            .check(CLASSES);
                }
            }
        }
    }

    @Test
    void simulatorViewsDoNotDependOnEachOther() {
        List<String> views = viewPackages();
        for (String a : views) {
            for (String b : views) {
                if (!a.equals(b)) {
                    noClasses().that().resideInAPackage(a + "..")
                            .should().dependOnClassesThat().resideInAPackage(b + "..")
                            .allowEmptyShould(true)
                            .check(CLASSES);
                }
            }
        }
    }

    @Test
    void viewModelsNeedNoJavaFxThread() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "javafx.application..", "org.controlsfx..", "org.jfree..", "java.awt..")
                .because("a view model holds the studio's decisions and is tested as plain Java (JabRef's rule)")
                .check(CLASSES);
    }

    @Test
    void engineDoesNotWriteToStandardStreams() {
        noClasses().that().resideOutsideOfPackage("org.feedbackstudio.app..")
                .should(ACCESS_STANDARD_STREAMS)
                .because("the engine logs through SLF4J; only the command line prints")
                .check(CLASSES);
    }
}
