-- Periodic reports, inspections and PAR Index scores. Portable between H2 and PostgreSQL; idempotent.

-- one row per agency x period of a plan (business key of its periodicReport instance)
CREATE TABLE IF NOT EXISTS cchc_report (
    id                VARCHAR(300)  PRIMARY KEY,
    plan_id           VARCHAR(100)  NOT NULL,
    period            VARCHAR(10)   NOT NULL,
    period_year       INT           NOT NULL,
    agency_id         VARCHAR(100)  NOT NULL,
    due_date          DATE          NOT NULL,
    status            VARCHAR(20)   NOT NULL,
    overdue           BOOLEAN       DEFAULT FALSE NOT NULL,
    first_sent_at     TIMESTAMP,
    accepted_at       TIMESTAMP,
    summary           VARCHAR(8000),
    done_on_time      INT,
    done_late         INT,
    in_progress       INT,
    overdue_items     INT
);
CREATE INDEX IF NOT EXISTS cchc_report_plan ON cchc_report (plan_id, period);

-- what an agency wrote for each of its recurring and ongoing items in one report
CREATE TABLE IF NOT EXISTS cchc_report_progress (
    report_id   VARCHAR(300)  NOT NULL,
    item_no     INT           NOT NULL,
    progress    VARCHAR(4000) NOT NULL,
    PRIMARY KEY (report_id, item_no)
);

-- the province's compiled report of a period, as generated for the leader's signature
CREATE TABLE IF NOT EXISTS cchc_province_report (
    id            VARCHAR(300)  PRIMARY KEY,
    plan_id       VARCHAR(100)  NOT NULL,
    period        VARCHAR(10)   NOT NULL,
    period_year   INT           NOT NULL,
    compiled_at   TIMESTAMP     NOT NULL,
    submitted     INT           NOT NULL,
    missing       INT           NOT NULL,
    signed_at     TIMESTAMP
);

-- the year's inspection plan: one row per inspected agency
CREATE TABLE IF NOT EXISTS cchc_inspection (
    id            VARCHAR(300)  PRIMARY KEY,
    plan_year     INT           NOT NULL,
    agency_id     VARCHAR(100)  NOT NULL,
    visit_month   INT           NOT NULL,
    visit_date    DATE,
    status        VARCHAR(20)   NOT NULL,
    conclusion    VARCHAR(8000),
    concluded_at  TIMESTAMP
);
CREATE INDEX IF NOT EXISTS cchc_inspection_year ON cchc_inspection (plan_year, agency_id);

-- one row per finding of an inspection conclusion; each is remedied by the agency and closed by SNV
CREATE TABLE IF NOT EXISTS cchc_finding (
    id             VARCHAR(300)  PRIMARY KEY,
    inspection_id  VARCHAR(300)  NOT NULL,
    finding_no     INT           NOT NULL,
    plan_year      INT           NOT NULL,
    agency_id      VARCHAR(100)  NOT NULL,
    content        VARCHAR(4000) NOT NULL,
    due_date       DATE          NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    remedy         VARCHAR(4000),
    remedied_at    TIMESTAMP,
    closed_at      TIMESTAMP
);
CREATE INDEX IF NOT EXISTS cchc_finding_agency ON cchc_finding (plan_year, agency_id, status);

-- PAR Index: one row per agency x criterion of a year (self-assessed, then appraised)
CREATE TABLE IF NOT EXISTS cchc_par_score (
    par_year        INT           NOT NULL,
    agency_id       VARCHAR(100)  NOT NULL,
    criterion_id    VARCHAR(20)   NOT NULL,
    self_score      DECIMAL(6,2)  NOT NULL,
    evidence        VARCHAR(2000),
    final_score     DECIMAL(6,2),
    reason          VARCHAR(2000),
    appraised_by    VARCHAR(100),
    PRIMARY KEY (par_year, agency_id, criterion_id)
);
