-- Order numbers show the year of reception in two digits (26.1601.001), so the counter is kept
-- per agency and two-digit year: 1926 and 2026 share one sequence and can never hand out the same
-- number. Counters of years shown alike are merged, keeping the highest number given.
CREATE TABLE order_counter_per_two_digit_year (
  agency          VARCHAR(10) NOT NULL,
  year_of_century INT         NOT NULL CHECK (year_of_century BETWEEN 0 AND 99),
  last_number     INT         NOT NULL,
  PRIMARY KEY (agency, year_of_century)
);

-- MOD keeps the sign of a (mistyped) negative year: adding 100 brings it into 0..99.
INSERT INTO order_counter_per_two_digit_year (agency, year_of_century, last_number)
SELECT agency, MOD(MOD(reception_year, 100) + 100, 100), MAX(last_number)
FROM order_counter
GROUP BY agency, MOD(MOD(reception_year, 100) + 100, 100);

DROP TABLE order_counter;

ALTER TABLE order_counter_per_two_digit_year RENAME TO order_counter;
