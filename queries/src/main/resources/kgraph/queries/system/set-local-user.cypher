// Creates (or replaces) the user through which kgraph commands on this machine reach a running
// `kgraph serve`, with a new password for this run of the server. Runs on the system database.
CREATE OR REPLACE USER kgraph_local SET PASSWORD $password CHANGE NOT REQUIRED
