-- The job executor acquires due jobs by priority, then due date (jobExecutorAcquireByPriority and
-- jobExecutorAcquireByDueDate in config/application.yml): a plan's deployment items (priority 100,
-- bpmn/plan-lifecycle.bpmn) go before the follow-up jobs the deployed items release and before reminder timers
-- (priority 0). This index serves that order as CCHC_IDX_JOB_DUEDATE (V4) served the due-date order alone.
CREATE INDEX CCHC_IDX_JOB_PRIORITY_DUEDATE ON ACT_RU_JOB (PRIORITY_ DESC, DUEDATE_);
