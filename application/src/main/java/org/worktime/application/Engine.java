package org.worktime.application;

import org.worktime.application.access.ApiKeysUseCase;
import org.worktime.application.access.AuthenticateUseCase;
import org.worktime.application.company.CompanyAccountUseCase;
import org.worktime.application.company.OfficeNetworksUseCase;
import org.worktime.application.employee.ManageEmployeesUseCase;
import org.worktime.application.employee.ManageLocationsUseCase;
import org.worktime.application.employee.ManagePoliciesUseCase;
import org.worktime.application.employee.TenantSetup;
import org.worktime.application.query.OperationsQuery;
import org.worktime.application.query.ReadinessQuery;
import org.worktime.application.query.ShortNumbersQuery;
import org.worktime.application.query.TimersInPeriodQuery;
import org.worktime.application.query.WorkdayHistoryQuery;
import org.worktime.application.query.WorkdayLookupQuery;
import org.worktime.application.query.WorkdayStatusQuery;
import org.worktime.application.query.WorkdaysInPeriodQuery;
import org.worktime.application.timer.RunningTimersQuery;
import org.worktime.application.timer.StartTimerUseCase;
import org.worktime.application.timer.StopTimerUseCase;
import org.worktime.application.transfer.ImportUseCase;
import org.worktime.application.workday.AddBreakUseCase;
import org.worktime.application.workday.ApproveWorkdayUseCase;
import org.worktime.application.workday.CloseWorkdayUseCase;
import org.worktime.application.workday.CorrectWorkdayUseCase;
import org.worktime.application.workday.EditBreakUseCase;
import org.worktime.application.workday.OpenWorkdayUseCase;
import org.worktime.application.workday.PauseWorkdayUseCase;
import org.worktime.application.workday.RecordWorkdayUseCase;
import org.worktime.application.workday.RemoveBreakUseCase;
import org.worktime.application.workday.ReopenWorkdayUseCase;
import org.worktime.application.workday.ResumeWorkdayUseCase;
import org.worktime.application.workday.VerifyWorkdayUseCase;

/**
 * The assembled engine: every use case, as its incoming port. Built by {@link EngineBuilder}; an
 * adapter takes the ports it needs and nothing else.
 */
public record Engine(
    TenantSetup tenantSetup,
    AuthenticateUseCase authenticate,
    ApiKeysUseCase apiKeys,
    ManageEmployeesUseCase employees,
    ManagePoliciesUseCase policies,
    ManageLocationsUseCase locations,
    CompanyAccountUseCase companyAccount,
    OfficeNetworksUseCase officeNetworks,
    OpenWorkdayUseCase openWorkday,
    PauseWorkdayUseCase pauseWorkday,
    ResumeWorkdayUseCase resumeWorkday,
    CloseWorkdayUseCase closeWorkday,
    ReopenWorkdayUseCase reopenWorkday,
    AddBreakUseCase addBreak,
    EditBreakUseCase editBreak,
    RemoveBreakUseCase removeBreak,
    CorrectWorkdayUseCase correctWorkday,
    RecordWorkdayUseCase recordWorkday,
    ApproveWorkdayUseCase approveWorkday,
    VerifyWorkdayUseCase verifyWorkday,
    StartTimerUseCase startTimer,
    StopTimerUseCase stopTimer,
    RunningTimersQuery runningTimers,
    WorkdayStatusQuery workdayStatus,
    WorkdayHistoryQuery workdayHistory,
    WorkdaysInPeriodQuery workdaysInPeriod,
    TimersInPeriodQuery timersInPeriod,
    WorkdayLookupQuery workdayLookup,
    ShortNumbersQuery shortNumbers,
    ReadinessQuery readiness,
    OperationsQuery operations,
    ImportUseCase imports) {}
