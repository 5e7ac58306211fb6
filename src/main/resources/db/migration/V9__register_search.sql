-- The register's free-text search: client, subject and order number in one column, lower case and
-- without accents (written by complaint/SearchText on every write), so that "helene" finds "Hélène".
ALTER TABLE register_entry ADD COLUMN search_text VARCHAR(3000);

-- Rows recorded before: the accents of French text, removed by the database once.
UPDATE register_entry SET search_text = REPLACE(REPLACE(TRANSLATE(
  LOWER(client_name || ' ' || subject || ' ' || order_number),
  'àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸ',
  'aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuyy'), 'œ', 'oe'), 'æ', 'ae');

ALTER TABLE register_entry ALTER COLUMN search_text SET NOT NULL;

-- Newest first, and "Mes dossiers" (what I recorded, what I handle).
CREATE INDEX register_entry_newest ON register_entry (reception_date DESC, id DESC);
CREATE INDEX register_entry_recorded_by ON register_entry (recorded_by);
CREATE INDEX register_entry_handler ON register_entry (handler);
