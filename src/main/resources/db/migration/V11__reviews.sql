-- Satisfaction questionnaire answers and online reviews (QS rows): no acknowledgement or answer is
-- owed, so no deadline and no product need apply; a rating, the platform it was left on, a "negative"
-- mark set by hand, and the review's public reply.
ALTER TABLE register_entry ALTER COLUMN acknowledgement_due_date DROP NOT NULL;
ALTER TABLE register_entry ALTER COLUMN answer_due_date DROP NOT NULL;
ALTER TABLE register_entry ALTER COLUMN product_or_service DROP NOT NULL;
ALTER TABLE register_entry ADD COLUMN rating INT;
ALTER TABLE register_entry ADD COLUMN platform VARCHAR(100);
ALTER TABLE register_entry ADD COLUMN marked_negative BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE register_entry ADD COLUMN public_reply_text VARCHAR(4000);
ALTER TABLE register_entry ADD COLUMN public_reply_date DATE;
ALTER TABLE register_entry ADD COLUMN public_reply_author VARCHAR(200);
ALTER TABLE register_entry ADD CONSTRAINT register_entry_rating CHECK (rating BETWEEN 1 AND 5);
