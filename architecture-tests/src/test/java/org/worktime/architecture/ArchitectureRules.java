package org.worktime.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.util.List;
import java.util.Set;

/** The hexagon's rules, shared by the test on the real code and the test on planted violations. */
final class ArchitectureRules {

  static final String DOMAIN = "org.worktime.domain..";
  static final String APPLICATION = "org.worktime.application..";
  static final String ADAPTERS = "org.worktime.adapters..";
  static final String APP = "org.worktime.app..";

  private ArchitectureRules() {}

  static final ArchRule DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_VAVR =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "io.vavr..", DOMAIN)
          .because("the domain is pure Java and Vavr");

  static final ArchRule APPLICATION_DEPENDS_ONLY_ON_JAVA_VAVR_AND_DOMAIN =
      classes()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "io.vavr..", DOMAIN, APPLICATION)
          .because("use cases and ports know the domain, never an adapter or a framework");

  static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER =
      slices()
          .matching("org.worktime.adapters.(*)..")
          .should()
          .notDependOnEachOther()
          .because("each adapter speaks to the application alone");

  static final ArchRule ONLY_APP_DEPENDS_ON_ADAPTERS =
      noClasses()
          .that()
          .resideOutsideOfPackages(ADAPTERS, APP)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(ADAPTERS)
          .because("app is the composition root, the one place that wires adapters");

  static final ArchRule CORE_NEVER_READS_THE_SYSTEM_CLOCK =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN, APPLICATION)
          .should()
          .callMethodWhere(readTheSystemClock())
          .because("time comes from an injected java.time.Clock, so tests and replays control it");

  static final List<ArchRule> ALL =
      List.of(
          DOMAIN_DEPENDS_ONLY_ON_JAVA_AND_VAVR,
          APPLICATION_DEPENDS_ONLY_ON_JAVA_VAVR_AND_DOMAIN,
          ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER,
          ONLY_APP_DEPENDS_ON_ADAPTERS,
          CORE_NEVER_READS_THE_SYSTEM_CLOCK);

  private static final Set<String> TEMPORALS_WITH_NOW =
      Set.of(
          "java.time.Instant",
          "java.time.LocalDate",
          "java.time.LocalDateTime",
          "java.time.LocalTime",
          "java.time.ZonedDateTime",
          "java.time.OffsetDateTime",
          "java.time.OffsetTime",
          "java.time.Year",
          "java.time.YearMonth",
          "java.time.MonthDay");

  /**
   * {@code now()} and {@code now(ZoneId)} read the system clock; {@code now(Clock)} is the injected
   * clock and stays allowed.
   */
  private static DescribedPredicate<JavaMethodCall> readTheSystemClock() {
    return DescribedPredicate.describe(
        "read the system clock (now() without a Clock, System.currentTimeMillis/nanoTime,"
            + " Clock.system*)",
        ArchitectureRules::readsTheSystemClock);
  }

  private static boolean readsTheSystemClock(JavaCall<?> call) {
    String owner = call.getTarget().getOwner().getName();
    String name = call.getTarget().getName();
    if (TEMPORALS_WITH_NOW.contains(owner) && name.equals("now")) {
      return call.getTarget().getRawParameterTypes().stream()
          .noneMatch(type -> type.isEquivalentTo(Clock.class));
    }
    if (owner.equals("java.lang.System")) {
      return name.equals("currentTimeMillis") || name.equals("nanoTime");
    }
    return owner.equals("java.time.Clock") && name.startsWith("system");
  }
}
