// Whether the server's default user still has its initial password (true until one is set). Runs on the system database.
SHOW USERS YIELD user, passwordChangeRequired
WHERE user = $user
RETURN passwordChangeRequired
