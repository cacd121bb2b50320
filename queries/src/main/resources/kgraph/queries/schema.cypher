// The kgraph schema: a uniqueness constraint on the key of every shared node, an index for every
// other lookup. Per-image nodes (FuncGroup, Instance, Symbol) have keys that begin with their
// image's name, unique by construction; they are indexed rather than constrained because a
// constraint check on each new node would have to merge every deletion of the transaction that
// replaces an image, which makes the replace quadratic.
// Statements are separated by semicolons and are safe to run again.
CREATE CONSTRAINT image_name IF NOT EXISTS FOR (n:Image) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT version_name IF NOT EXISTS FOR (n:Version) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT arch_name IF NOT EXISTS FOR (n:Arch) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT flavor_name IF NOT EXISTS FOR (n:Flavor) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT syscall_name IF NOT EXISTS FOR (n:Syscall) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT function_name IF NOT EXISTS FOR (n:Function) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT source_file_path IF NOT EXISTS FOR (n:SourceFile) REQUIRE n.path IS UNIQUE;
CREATE INDEX func_group_key IF NOT EXISTS FOR (n:FuncGroup) ON (n.key);
CREATE INDEX instance_key IF NOT EXISTS FOR (n:Instance) ON (n.key);
CREATE INDEX symbol_key IF NOT EXISTS FOR (n:Symbol) ON (n.key);
CREATE INDEX func_group_image IF NOT EXISTS FOR (n:FuncGroup) ON (n.image);
CREATE INDEX instance_image IF NOT EXISTS FOR (n:Instance) ON (n.image);
CREATE INDEX instance_name IF NOT EXISTS FOR (n:Instance) ON (n.name);
CREATE INDEX symbol_image IF NOT EXISTS FOR (n:Symbol) ON (n.image);
CREATE INDEX symbol_name IF NOT EXISTS FOR (n:Symbol) ON (n.name);
CREATE INDEX dependency_key IF NOT EXISTS FOR (n:Dependency) ON (n.key);
CREATE INDEX module_key IF NOT EXISTS FOR (n:Module) ON (n.key);
CREATE INDEX module_image IF NOT EXISTS FOR (n:Module) ON (n.image);
CREATE INDEX dependency_image IF NOT EXISTS FOR (n:Dependency) ON (n.image);
CREATE INDEX dependency_name IF NOT EXISTS FOR (n:Dependency) ON (n.name);
CREATE INDEX struct_name IF NOT EXISTS FOR (n:Struct) ON (n.name);
CREATE INDEX enum_name IF NOT EXISTS FOR (n:Enum) ON (n.name);
CREATE INDEX tracepoint_name IF NOT EXISTS FOR (n:Tracepoint) ON (n.name);
CREATE INDEX lsm_hook_name IF NOT EXISTS FOR (n:LsmHook) ON (n.name);
CREATE INDEX kfunc_name IF NOT EXISTS FOR (n:Kfunc) ON (n.name);
