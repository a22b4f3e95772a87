-- List pages read one page at a time, newest first, within a person's scope; these indexes
-- let the database stop after one page instead of sorting every row (5 M heats, 1 M work orders).
CREATE INDEX IF NOT EXISTS heat_member_newest_idx ON heat (member_id, melted_on, id);
CREATE INDEX IF NOT EXISTS heat_cooperative_newest_idx ON heat (cooperative_id, melted_on, id);
CREATE INDEX IF NOT EXISTS heat_newest_idx ON heat (melted_on, id);
CREATE INDEX IF NOT EXISTS work_order_member_newest_idx ON work_order (member_id, period, id);
CREATE INDEX IF NOT EXISTS work_order_cooperative_newest_idx ON work_order (cooperative_id, period, id);
CREATE INDEX IF NOT EXISTS work_order_newest_idx ON work_order (period, id);
CREATE INDEX IF NOT EXISTS ncr_member_newest_idx ON ncr (member_id, id);
CREATE INDEX IF NOT EXISTS ncr_cooperative_newest_idx ON ncr (cooperative_id, id);
CREATE INDEX IF NOT EXISTS product_spec_part_order_idx ON product_spec (part_number, id);
CREATE INDEX IF NOT EXISTS product_spec_cooperative_part_idx ON product_spec (cooperative_id, part_number, id);
CREATE INDEX IF NOT EXISTS product_spec_buyer_part_idx ON product_spec (buyer_id, part_number, id);
CREATE INDEX IF NOT EXISTS contract_newest_idx ON contract (modified_at DESC, id);
CREATE INDEX IF NOT EXISTS contract_buyer_newest_idx ON contract (buyer_id, modified_at DESC, id);
CREATE INDEX IF NOT EXISTS contract_cooperative_newest_idx ON contract (cooperative_id, modified_at DESC, id);
-- The member scorecard reads a member's lots of the last twelve months.
CREATE INDEX IF NOT EXISTS lot_member_made_idx ON lot (member_id, made_on);
