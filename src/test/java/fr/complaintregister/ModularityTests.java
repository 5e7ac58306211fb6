package fr.complaintregister;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.type;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.HistoryService;

/**
 * The house as STYLE.md draws it: feature packages whose imports all point one way, and Camunda
 * reached only through the engine glue, so that a move to another engine stays a rename there.
 */
@AnalyzeClasses(packages = "fr.complaintregister", importOptions = ImportOption.DoNotIncludeTests.class)
class ModularityTests {

  @ArchTest
  static final ArchRule featuresDoNotDependOnEachOtherInACircle =
      slices().matching("fr.complaintregister.(*)..").should().beFreeOfCycles();

  @ArchTest
  static final ArchRule onlyTheEngineGlueUsesCamunda = noClasses()
      .that().resideOutsideOfPackages("fr.complaintregister.process..", "fr.complaintregister.security..",
          "fr.complaintregister.webapp..", "fr.complaintregister.history..")
      .should().dependOnClassesThat().resideInAPackage("org.camunda..")
      .because("the register, letters and mail are plain Spring and Java (STYLE.md)");

  @ArchTest
  static final ArchRule theRegisterAndTheCalendarKnowNothingAboveThem = noClasses()
      .that().resideInAnyPackage("fr.complaintregister.complaint..", "fr.complaintregister.deadline..")
      .should().dependOnClassesThat().resideInAnyPackage("fr.complaintregister.process..",
          "fr.complaintregister.security..", "fr.complaintregister.letter..", "fr.complaintregister.notification..",
          "fr.complaintregister.improvement..", "fr.complaintregister.register..", "fr.complaintregister.takeup..",
          "fr.complaintregister.document..", "fr.complaintregister.webapp..", "fr.complaintregister.history..",
          "fr.complaintregister.operations..", "fr.complaintregister.retention..")
      .because("every capability calls the register downward, never the reverse");

  @ArchTest
  static final ArchRule theHistoryReadsOnlyCamundasHistory = classes()
      .that().resideInAPackage("fr.complaintregister.history..")
      .should().onlyDependOnClassesThat(
          resideOutsideOfPackages("org.camunda..", "org.springframework.jdbc..", "java.sql..", "javax.sql..")
              .or(type(HistoryService.class))
              .or(resideInAnyPackage("org.camunda.bpm.engine.history..", "org.camunda.bpm.engine.query..")))
      .because("an auditor's reading changes nothing: the rest of the engine and the process tables are reached "
          + "through process/");
}
