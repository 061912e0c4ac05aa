package org.stageboard;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.library.dependencies.Slice;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core runs and tests without a screen. Checked on the compiled classes with ArchUnit, so a
 * fully-qualified name or a transitive type in a signature counts, not only an import line.
 */
class LayeringTest {
    private static final Set<String> CORE_NAMES =
            Set.of("model", "edit", "io", "template", "check", "rehearsal", "i18n", "text", "geom");

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

    /** The board's drawing is shared by the window and the export, so it may know neither. */
    @Test
    void renderAndExportKnowNothingOfTheWindow() {
        noClasses().that().resideInAnyPackage("org.stageboard.render..", "org.stageboard.export..")
                .should().dependOnClassesThat().resideInAnyPackage("org.stageboard.ui..", "org.stageboard.cli..")
                .check(product);
        noClasses().that().resideInAPackage("org.stageboard.render..")
                .should().dependOnClassesThat().resideInAPackage("org.stageboard.export..")
                .check(product);
    }

    /** Every board change the editor makes is a named record in edit, applied through the Document. */
    @Test
    void theEditorsBoardEditsAreRecordsOfTheEditPackage() {
        classes().that().implement(org.stageboard.edit.BoardEdit.class)
                .should().resideInAPackage("org.stageboard.edit").andShould().beRecords()
                .check(product);
    }

    /** Features (rehearsal, presenter, inspector, findings...) get ports through their constructors, never the window. */
    @Test
    void featuresDoNotDependOnTheMainWindow() {
        noClasses().that().resideInAPackage("org.stageboard.ui..").and().resideOutsideOfPackage("org.stageboard.ui")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.stageboard.ui.MainWindow")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.stageboard.ui.MainMenus")
                .check(product);
    }

    /** The window's packages form layers: the main window on top, features below it, the board's drawing at the bottom. */
    @Test
    void uiPackagesHaveNoCycles() {
        slices().assignedFrom(new SliceAssignment() {
            @Override
            public SliceIdentifier getIdentifierOf(JavaClass c) {
                return c.getPackageName().startsWith("org.stageboard.ui")
                        ? SliceIdentifier.of(c.getPackageName()) : SliceIdentifier.ignore();
            }

            @Override
            public String getDescription() {
                return "ui packages";
            }
        }).should().beFreeOfCycles().check(product);
    }

    @Test
    void corePackagesHaveNoCycles() {
        slices().matching("org.stageboard.(*)..")
                .that(DescribedPredicate.describe("core", (Slice s) -> CORE_NAMES.contains(s.getNamePart(1))))
                .should().beFreeOfCycles().check(product);
    }
}
