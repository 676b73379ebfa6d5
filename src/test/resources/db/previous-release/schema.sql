-- Application tables (the engine keeps its own ACT_* tables). Portable between H2 and PostgreSQL; idempotent.
CREATE TABLE IF NOT EXISTS cchc_plan (
    id                  VARCHAR(100)  PRIMARY KEY,
    plan_year           INT           NOT NULL,
    title               VARCHAR(1000) NOT NULL,
    status              VARCHAR(30)   NOT NULL,
    submission_number   VARCHAR(100),
    submission_date     DATE,
    decision_number     VARCHAR(100),
    decision_date       DATE,
    signer              VARCHAR(200),
    created_at          TIMESTAMP     NOT NULL
);

CREATE TABLE IF NOT EXISTS cchc_plan_item (
    plan_id              VARCHAR(100)  NOT NULL REFERENCES cchc_plan (id),
    item_no              INT           NOT NULL,
    section              VARCHAR(1000),
    stt                  VARCHAR(30),
    task                 VARCHAR(4000) NOT NULL,
    lead_text            VARCHAR(2000),
    lead_agencies        VARCHAR(4000) NOT NULL,
    coordinators_text    VARCHAR(2000),
    coordinator_agencies VARCHAR(4000),
    product              VARCHAR(2000),
    deadline_text        VARCHAR(1000),
    deadline_kind        VARCHAR(30)   NOT NULL,
    due_date             DATE,
    PRIMARY KEY (plan_id, item_no)
);

CREATE TABLE IF NOT EXISTS cchc_plan_comment (
    plan_id      VARCHAR(100)  NOT NULL REFERENCES cchc_plan (id),
    agency_id    VARCHAR(100)  NOT NULL,
    author       VARCHAR(100)  NOT NULL,
    content      VARCHAR(4000) NOT NULL,
    created_at   TIMESTAMP     NOT NULL
);

-- one row per (plan item x responsible agency): what the dashboard and the periodic reports count
CREATE TABLE IF NOT EXISTS cchc_assignment (
    id                   VARCHAR(300)  PRIMARY KEY,
    plan_id              VARCHAR(100)  NOT NULL REFERENCES cchc_plan (id),
    item_no              INT           NOT NULL,
    agency_id            VARCHAR(100)  NOT NULL,
    due_date             DATE,
    status               VARCHAR(30)   NOT NULL,
    process_instance_id  VARCHAR(64),
    completed_at         TIMESTAMP
);
CREATE INDEX IF NOT EXISTS cchc_assignment_agency ON cchc_assignment (agency_id, status);
CREATE INDEX IF NOT EXISTS cchc_assignment_plan ON cchc_assignment (plan_id, status);
