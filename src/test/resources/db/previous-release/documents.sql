-- Documents produced by the processes (province report, PAR Index ranking, year-end statistics), kept after their
-- process instance ends so the documents page (/reports) can serve them. Portable between H2 (2.x accepts BYTEA as
-- a synonym of BINARY VARYING) and PostgreSQL; idempotent.

-- one row per document of a source (a process business key) and kind; compiling again replaces the content
CREATE TABLE IF NOT EXISTS cchc_document (
    id                   VARCHAR(36)   PRIMARY KEY,
    source_key           VARCHAR(300)  NOT NULL,
    plan_id              VARCHAR(100)  NOT NULL,
    period               VARCHAR(10)   NOT NULL,
    period_year          INT           NOT NULL,
    kind                 VARCHAR(40)   NOT NULL,
    file_name            VARCHAR(300)  NOT NULL,
    content_type         VARCHAR(200)  NOT NULL,
    content              BYTEA         NOT NULL,
    size_bytes           INT           NOT NULL,
    created_at           TIMESTAMP     NOT NULL,
    status               VARCHAR(20)   NOT NULL,
    process_instance_id  VARCHAR(64),
    CONSTRAINT cchc_document_source UNIQUE (source_key, kind)
);
CREATE INDEX IF NOT EXISTS cchc_document_plan ON cchc_document (plan_id, period_year, period);
