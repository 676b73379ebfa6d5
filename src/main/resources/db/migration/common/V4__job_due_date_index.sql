-- The job executor acquires due jobs in due-date order (jobExecutorAcquireByDueDate, ensureJobDueDateNotNull in
-- config/application.yml): without this index every acquisition scanned ACT_RU_JOB past the jobs already run, a few
-- milliseconds each in the single acquisition thread during a quarter-end burst (docs/benchmarks.md).
-- Before Flyway the application created it from Java at every start; databases of that release are baselined at
-- version 4 and already have it.
CREATE INDEX CCHC_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_);
