-- After the register's retention (registre.retention.years after closure), the client's personal data is
-- anonymised (retention/ClientDataAnonymisation): the row stays, with the day it was anonymised, done once.
ALTER TABLE register_entry ADD COLUMN anonymised_on DATE;

CREATE INDEX register_entry_closure ON register_entry (closure_date);

-- An anonymised letter or document keeps its row (kind, dates, who), without its content.
ALTER TABLE letter ALTER COLUMN content DROP NOT NULL;
ALTER TABLE attached_document ALTER COLUMN content DROP NOT NULL;
