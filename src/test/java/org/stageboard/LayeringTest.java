package org.stageboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.Slice;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core runs and tests without a screen. Checked on the compiled classes with ArchUnit, so a
 * fully-qualified name or a transitive type in a signature counts, not only an import line.
 */
class LayeringTest {
    private static final Set<String> CORE_NAMES =
            Set.of("model", "edit", "io", "template", "check", "rehearsal", "i18n", "text");

    private static final String[] CORE =
            CORE_NAMES.stream().map(name -> "org.stageboard." + name + "..").toArray(String[]::new);

    private static JavaClasses product;

    @BeforeAll
    static void importProductClasses() {
        product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.stageboard");
    }

    @Test
    void coreImportsNoJavaFx() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(product);
    }

    @Test
    void coreKnowsNothingOfTheWindowTheCommandLineOrExport() {
        noClasses().that().resideInAnyPackage(CORE)
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.stageboard.ui..", "org.stageboard.cli..", "org.stageboard.export..")
                .check(product);
    }

    @Test
    void productCodeAvoidsJavaFxInternals() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.sun..").check(product);
    }

    @Test
    void modelDependsOnNothingButJava() {
        classes().that().resideInAPackage("org.stageboard.model..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.stageboard.model..")
                .check(product);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("org.stageboard.(*)..")
                .that(DescribedPredicate.describe("core", (Slice s) -> CORE_NAMES.contains(s.getNamePart(1))))
                .should().beFreeOfCycles().check(product);
    }
}
