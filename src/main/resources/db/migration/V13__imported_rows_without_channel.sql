-- A register imported from a tracking sheet kept by hand does not say how each complaint reached the organisation:
-- its rows have no channel, rather than one made up.
ALTER TABLE register_entry ALTER COLUMN channel DROP NOT NULL;
