-- A note of the longest length the forms allow (4,000 characters) must fit after the text the
-- register puts before it ("Réponse refusée à la signature…").
ALTER TABLE follow_up ALTER COLUMN entry_text SET DATA TYPE VARCHAR(8000);
