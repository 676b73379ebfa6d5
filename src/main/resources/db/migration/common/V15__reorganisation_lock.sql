-- One row every reorganisation locks (SELECT ... FOR UPDATE) before it checks and applies its request: two
-- reorganisations, or the same one confirmed twice at once, run one after the other, the second seeing what the
-- first ended (vn.cchc.reorganisation.Reorganisations).
CREATE TABLE cchc_lock (
    name VARCHAR(50) PRIMARY KEY
);
INSERT INTO cchc_lock (name) VALUES ('reorganisation');
