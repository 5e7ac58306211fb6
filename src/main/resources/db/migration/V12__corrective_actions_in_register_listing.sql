-- Corrective actions (PA rows) in the register listing, next to the complaints: the same free-text search
-- (subject, person in charge, decision-maker and order number, lower case and without accents, written by
-- improvement/ActionRegister through complaint/SearchText on every write).
ALTER TABLE corrective_action ADD COLUMN search_text VARCHAR(2300);

-- Actions recorded before: the accents of French text, removed by the database once (as V9 for complaints).
UPDATE corrective_action SET search_text = REPLACE(REPLACE(TRANSLATE(
  LOWER(subject || ' ' || person_in_charge || ' ' || decided_by || ' ' || order_number),
  'àâäáãåçéèêëíìîïñóòôöõúùûüýÿÀÂÄÁÃÅÇÉÈÊËÍÌÎÏÑÓÒÔÖÕÚÙÛÜÝŸ',
  'aaaaaaceeeeiiiinooooouuuuyyaaaaaaceeeeiiiinooooouuuuyy'), 'œ', 'oe'), 'æ', 'ae');

ALTER TABLE corrective_action ALTER COLUMN search_text SET NOT NULL;

-- Newest first (merged with register_entry_newest), and "Mes dossiers" (what I decided, what I am in charge of).
CREATE INDEX corrective_action_newest ON corrective_action (decision_date DESC, id DESC);
CREATE INDEX corrective_action_decided_by ON corrective_action (decided_by);
CREATE INDEX corrective_action_person_in_charge ON corrective_action (person_in_charge);
