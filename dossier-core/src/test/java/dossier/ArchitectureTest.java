package dossier;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps the core free of I/O and its stage packages free of cycles. */
class ArchitectureTest {

  private static final JavaClasses CORE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("dossier");

  @Test
  void coreDoesNoFileNetworkOrSqlIo() {
    noClasses()
        .that()
        .resideInAPackage("dossier..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.nio.file..", "java.sql..", "javax.sql..", "java.net.http..")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.File")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.FileInputStream")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.io.FileOutputStream")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.Socket")
        .orShould()
        .dependOnClassesThat()
        .haveFullyQualifiedName("java.net.URL")
        .check(CORE);
  }

  @Test
  void stagePackagesHaveNoCycles() {
    slices().matching("dossier.(*)..").should().beFreeOfCycles().check(CORE);
  }
}
