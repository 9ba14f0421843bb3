package org.worktime.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.worktime.adapters.persistence.planted.PlantedStore;
import org.worktime.adapters.rest.planted.RestThatCallsPersistence;
import org.worktime.application.planted.ApplicationThatKnowsAnAdapter;
import org.worktime.application.planted.ApplicationThatReadsTheSystemClock;
import org.worktime.domain.planted.DomainThatKnowsTheApplication;
import org.worktime.domain.planted.DomainThatReadsTheSystemClock;
import org.worktime.domain.planted.DomainThatUsesAFramework;
import org.worktime.domain.planted.DomainWithAnInjectedClock;

/** Each rule, run on a small planted violation, reports exactly what it forbids. */
class PlantedViolationsTest {

  private static JavaClasses classes(Class<?>... planted) {
    return new ClassFileImporter().importClasses(planted);
  }

  private static void assertReports(ArchRule rule, JavaClasses classes, String... fragments) {
    assertThatThrownBy(() -> rule.check(classes))
        .isInstanceOf(AssertionError.class)
        .hasMessageContainingAll(fragments);
  }

  @Test
  void theDomainRuleReportsAFrameworkAndAnOutwardDependency() {
    assertReports(
        ArchitectureRules.DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_VAVR,
        classes(DomainThatUsesAFramework.class, DomainThatKnowsTheApplication.class),
        "DomainThatUsesAFramework.commandLine",
        "picocli.CommandLine",
        "DomainThatKnowsTheApplication.application",
        ApplicationThatKnowsAnAdapter.class.getName());
  }

  @Test
  void theApplicationRuleReportsADependencyOnAnAdapter() {
    assertReports(
        ArchitectureRules.APPLICATION_DEPENDS_ONLY_ON_JAVA_VAVR_AND_DOMAIN,
        classes(ApplicationThatKnowsAnAdapter.class),
        "ApplicationThatKnowsAnAdapter.store",
        PlantedStore.class.getName());
  }

  @Test
  void theAdapterRuleReportsOneAdapterReachingIntoAnother() {
    assertReports(
        ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
        classes(RestThatCallsPersistence.class, PlantedStore.class),
        "Slice rest depends on Slice persistence",
        RestThatCallsPersistence.class.getName());
  }

  @Test
  void theCompositionRootRuleReportsTheApplicationDependingOnAnAdapter() {
    assertReports(
        ArchitectureRules.ONLY_APP_DEPENDS_ON_ADAPTERS,
        classes(ApplicationThatKnowsAnAdapter.class),
        ApplicationThatKnowsAnAdapter.class.getName(),
        PlantedStore.class.getName());
  }

  @Test
  void theClockRuleReportsEveryForbiddenReadOfTheSystemClock() {
    assertReports(
        ArchitectureRules.CORE_NEVER_READS_THE_SYSTEM_CLOCK,
        classes(DomainThatReadsTheSystemClock.class, ApplicationThatReadsTheSystemClock.class),
        "Instant.now()",
        "LocalDate.now()",
        "LocalDateTime.now()",
        "ZonedDateTime.now(java.time.ZoneId)",
        "OffsetDateTime.now()",
        "System.currentTimeMillis()",
        "Clock.systemUTC()",
        "Clock.systemDefaultZone()",
        ApplicationThatReadsTheSystemClock.class.getName());
  }

  @Test
  void theClockRuleAllowsAnInjectedClock() {
    assertThatCode(
            () ->
                ArchitectureRules.CORE_NEVER_READS_THE_SYSTEM_CLOCK.check(
                    classes(DomainWithAnInjectedClock.class)))
        .doesNotThrowAnyException();
  }
}
