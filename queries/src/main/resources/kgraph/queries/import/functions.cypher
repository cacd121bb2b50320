// Makes sure a Function node exists for every name; returns their element ids.
UNWIND $names AS name
MERGE (f:Function {name: name})
RETURN name AS key, elementId(f) AS id
