-- Who signed the answer and when: the plan requires the authorisation to sign letters and grant gestures.
ALTER TABLE register_entry ADD COLUMN signed_by VARCHAR(100);
ALTER TABLE register_entry ADD COLUMN signature_date DATE;
