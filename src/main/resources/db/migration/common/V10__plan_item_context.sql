-- the context of an activity read from a wide appendix table: the objective ("Mục tiêu") and the larger task
-- ("Nhiệm vụ") it belongs to, shown on the items page and on the agency's task (null: not from a wide table)
ALTER TABLE cchc_plan_item ADD COLUMN objective VARCHAR(4000);
ALTER TABLE cchc_plan_item ADD COLUMN parent_task VARCHAR(4000);
