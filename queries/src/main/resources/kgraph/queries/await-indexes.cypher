// Waits until every index is online (after a bulk import builds them).
CALL db.awaitIndexes(3600)
