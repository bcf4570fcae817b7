package org.feedbackstudio.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** DESIGN.md's one-way rule: the engine (simulations/) never depends on the UI or the app. */
class LayeringTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.feedbackstudio");

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
    void simulatorsDoNotDependOnEachOther() {
        String[] simulators = {"donor", "negotiation", "creators", "streams", "regret"};
        for (String a : simulators) {
            for (String b : simulators) {
                if (!a.equals(b)) {
                    noClasses().that().resideInAPackage("org.feedbackstudio." + a + "..")
                            .should().dependOnClassesThat().resideInAPackage("org.feedbackstudio." + b + "..")
                            .allowEmptyShould(true)
                            .check(CLASSES);
                }
            }
        }
    }
}
