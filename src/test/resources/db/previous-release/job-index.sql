-- run by vn.cchc.system.JobExecutorTuning after the engine had built, at every start of the release before Flyway
CREATE INDEX IF NOT EXISTS CCHC_IDX_JOB_DUEDATE ON ACT_RU_JOB (DUEDATE_);
