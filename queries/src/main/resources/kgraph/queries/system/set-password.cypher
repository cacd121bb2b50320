// Sets the default user's password, to use as is from now on. Runs on the system database.
ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED
