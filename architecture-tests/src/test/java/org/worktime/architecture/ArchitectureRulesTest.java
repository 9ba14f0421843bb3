package org.worktime.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** The rules hold on every module's production classes. */
class ArchitectureRulesTest {

  private static final JavaClasses WORKTIME =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(location -> !location.contains("/jmh_generated/"))
          .importPackages("org.worktime");

  @Test
  void theDomainDependsOnlyOnJavaAndVavr() {
    ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_VAVR.check(WORKTIME);
  }

  @Test
  void theApplicationDependsOnlyOnJavaVavrAndTheDomain() {
    ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_JAVA_VAVR_AND_DOMAIN.check(WORKTIME);
  }

  @Test
  void adaptersDoNotDependOnEachOther() {
    ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.check(WORKTIME);
  }

  @Test
  void onlyTheCompositionRootDependsOnAdapters() {
    ArchitectureRules.ONLY_APP_DEPENDS_ON_ADAPTERS.check(WORKTIME);
  }

  @Test
  void theCoreNeverReadsTheSystemClock() {
    ArchitectureRules.CORE_NEVER_READS_THE_SYSTEM_CLOCK.check(WORKTIME);
  }

  @Test
  void everyRuleFailsOnAnEmptySelectionSoARenamedPackageCannotSilenceIt() {
    JavaClasses nothing = new ClassFileImporter().importClasses();
    for (ArchRule rule : ArchitectureRules.ALL) {
      assertThatThrownBy(() -> rule.check(nothing))
          .as(rule.getDescription())
          .isInstanceOf(AssertionError.class)
          .hasMessageContaining("failed to check any classes");
    }
  }
}
