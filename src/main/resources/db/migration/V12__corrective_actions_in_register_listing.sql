-- Corrective actions (PA rows) in the register listing, next to the complaints: the same free-text search
-- (subject, person in charge, decision-maker and order number, lower case and without accents, written by
-- improvement/ActionRegister through complaint/SearchText on every write).
ALTER TABLE corrective_action ADD COLUMN search_text VARCHAR(2300);

-- Actions recorded before: the accents of French text, removed by the database once (as V9 for complaints).
UPDATE corrective_action SET search_text = SUBSTRING(REPLACE(REPLACE(TRANSLATE(
  LOWER(subject || ' ' || person_in_charge || ' ' || decided_by || ' ' || order_number),
  'àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸ',
  'aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuyy'), 'œ', 'oe'), 'æ', 'ae') FROM 1 FOR 2300);

ALTER TABLE corrective_action ALTER COLUMN search_text SET NOT NULL;

-- Newest first, by day then by the time of recording: ids of the two tables do not compare, times do.
DROP INDEX register_entry_newest;
CREATE INDEX register_entry_newest ON register_entry (reception_date DESC, recorded_at DESC, id DESC);
CREATE INDEX corrective_action_newest ON corrective_action (decision_date DESC, recorded_at DESC, id DESC);

-- "Mes dossiers": what I decided, what I am in charge of.
CREATE INDEX corrective_action_decided_by ON corrective_action (decided_by);
CREATE INDEX corrective_action_person_in_charge ON corrective_action (person_in_charge);
