-- checkpoints of an ongoing or recurring assignment: one per reporting period of the plan year (docs/deadlines.md);
-- the agency records what it did in the period; recorded_at NULL = not recorded yet
CREATE TABLE cchc_checkpoint (
    assignment_id  VARCHAR(300)  NOT NULL REFERENCES cchc_assignment (id),
    period         VARCHAR(20)   NOT NULL,
    label          VARCHAR(100)  NOT NULL,
    due_date       DATE          NOT NULL,
    recorded_at    TIMESTAMP,
    recorded_by    VARCHAR(100),
    progress       VARCHAR(4000),
    PRIMARY KEY (assignment_id, period)
);
