-- A withdrawn complaint stays in the register with why, by whom and when it was withdrawn; when it
-- is recorded again (a wrong reception date or agency), replaced_by names the row that replaces it.
ALTER TABLE register_entry ADD COLUMN withdrawal_kind VARCHAR(30);
ALTER TABLE register_entry ADD COLUMN withdrawal_reason VARCHAR(2000);
ALTER TABLE register_entry ADD COLUMN withdrawn_by VARCHAR(100);
ALTER TABLE register_entry ADD COLUMN withdrawn_at TIMESTAMP;
ALTER TABLE register_entry ADD COLUMN replaced_by VARCHAR(32);
ALTER TABLE register_entry ADD CONSTRAINT register_entry_replaced_by
  FOREIGN KEY (replaced_by) REFERENCES register_entry (order_number);

CREATE INDEX register_entry_by_replacement ON register_entry (replaced_by);
