// Makes sure a Function node exists for every name.
UNWIND $names AS name
MERGE (:Function {name: name})
