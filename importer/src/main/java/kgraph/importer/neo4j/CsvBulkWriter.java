package kgraph.importer.neo4j;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import kgraph.importer.graph.ImageGraph;
import kgraph.importer.graph.ImageGraph.CallRow;
import kgraph.importer.graph.ImageGraph.GroupRow;
import kgraph.importer.graph.ImageGraph.InstanceRow;
import kgraph.importer.graph.ImageGraph.SymbolRow;
import kgraph.importer.graph.ModuleRows;
import kgraph.importer.graph.TypeRow;
import kgraph.importer.graph.TypeRows;

/**
 * Writes images as the node and relationship CSV files of Neo4j's offline importer, with
 * integer ids it assigns itself. Per-image keys are only remembered while that image is
 * written, since edges never leave their image.
 */
final class CsvBulkWriter implements AutoCloseable {

    private final CsvTable images;
    private final CsvTable functions;
    private final CsvTable files;
    private final CsvTable groups;
    private final CsvTable instances;
    private final CsvTable unresolved;
    private final CsvTable symbols;
    private final CsvTable ofFunction;
    private final CsvTable inImage;
    private final CsvTable hasInstance;
    private final CsvTable definedIn;
    private final CsvTable hasSymbol;
    private final CsvTable calls;
    private final CsvTable inlines;
    private final Map<String, CsvTable> types = new LinkedHashMap<>();
    private final CsvTable modules;
    private final CsvTable inModule;
    private final List<CsvTable> all = new ArrayList<>();

    private final Map<String, Long> functionIds = new HashMap<>();
    private final Map<String, Long> fileIds = new HashMap<>();
    private long nextId;

    CsvBulkWriter(Path dir) {
        images = table(dir, "images.csv", ":ID,name");
        functions = table(dir, "functions.csv", ":ID,name");
        files = table(dir, "files.csv", ":ID,path");
        groups = table(dir, "groups.csv", ":ID,key,image,name,collision,inline,transformed:boolean,prototype,"
                + "returnSignature,returnType,paramNames:string[],paramSignatures:string[],paramDeclarations:string[]");
        instances = table(dir, "instances.csv", ":ID,key,image,name,file,loc,line:int,external:boolean,"
                + "inlineStatus,inlined:boolean,addr,ordinal:int");
        unresolved = table(dir, "unresolved.csv", ":ID,key,image,name,file");
        symbols = table(dir, "symbols.csv", ":ID,key,image,name,addr,size:long,bind,section,ordinal:int");
        ofFunction = table(dir, "of_function.csv", ":START_ID,:END_ID");
        inImage = table(dir, "in_image.csv", ":START_ID,:END_ID");
        hasInstance = table(dir, "has_instance.csv", ":START_ID,:END_ID");
        definedIn = table(dir, "defined_in.csv", ":START_ID,:END_ID");
        hasSymbol = table(dir, "has_symbol.csv", ":START_ID,:END_ID");
        calls = table(dir, "calls.csv", ":START_ID,:END_ID,sites:int,firstSite:int,tailSites:int");
        inlines = table(dir, "inlines.csv", ":START_ID,:END_ID,sites:int,firstSite:int");
        modules = table(dir, "modules.csv", ":ID,key,image,name,loadable:boolean,license,depends:string[],"
                + "aliases:string[],config");
        inModule = table(dir, "in_module.csv", ":START_ID,:END_ID");
        for (String label : TypeRows.LABELS) {
            StringBuilder header = new StringBuilder(":ID,key,image,name");
            TypeRows.columns(label).forEach(c -> header.append(',').append(c.name())
                    .append(c.type().equals("string") ? "" : ":" + c.type()));
            types.put(label, table(dir, label.toLowerCase(Locale.ROOT) + ".csv", header.toString()));
        }
    }

    /** The importer's {@code --nodes} and {@code --relationships} arguments for these files. */
    List<String> importArguments() {
        List<String> arguments = new ArrayList<>(List.of(
                "--nodes=Image=" + images.file(),
                "--nodes=Function=" + functions.file(),
                "--nodes=SourceFile=" + files.file(),
                "--nodes=FuncGroup=" + groups.file(),
                "--nodes=Instance=" + instances.file(),
                "--nodes=Instance:Unresolved=" + unresolved.file(),
                "--nodes=Symbol=" + symbols.file(),
                "--relationships=OF_FUNCTION=" + ofFunction.file(),
                "--relationships=IN_IMAGE=" + inImage.file(),
                "--relationships=HAS_INSTANCE=" + hasInstance.file(),
                "--relationships=DEFINED_IN=" + definedIn.file(),
                "--relationships=HAS_SYMBOL=" + hasSymbol.file(),
                "--relationships=CALLS=" + calls.file(),
                "--relationships=INLINES=" + inlines.file()));
        types.forEach((label, table) -> arguments.add("--nodes=Dependency:" + label + "=" + table.file()));
        arguments.add("--nodes=Module=" + modules.file());
        arguments.add("--relationships=IN_MODULE=" + inModule.file());
        return arguments;
    }

    void write(ImageGraph image) {
        String name = image.image().name();
        long imageId = nextId++;
        images.row(imageId, name);
        Map<String, Long> local = new HashMap<>();
        image.functions().forEach(function -> shared(functionIds, functions, function));
        image.files().forEach(path -> shared(fileIds, files, path));
        for (GroupRow group : image.groups()) {
            long id = nextId++;
            local.put(group.key(), id);
            groups.row(id, group.key(), name, group.name(), group.collision(), group.inline(), group.transformed(),
                    group.prototype(), group.returnSignature(), group.returnType(), array(group.paramNames()),
                    array(group.paramSignatures()), array(group.paramDeclarations()));
            ofFunction.row(id, functionIds.get(group.name()));
            inImage.row(id, imageId);
        }
        for (InstanceRow instance : image.instances()) {
            long id = nextId++;
            local.put(instance.key(), id);
            if (!instance.resolved()) {
                unresolved.row(id, instance.key(), name, instance.name(), instance.file());
                continue;
            }
            instances.row(id, instance.key(), name, instance.name(), instance.file(), instance.loc(), instance.line(),
                    instance.external(), instance.inlineStatus(), instance.inlined(), instance.addr(),
                    instance.ordinal());
            hasInstance.row(local.get(instance.groupKey()), id);
            if (instance.file() != null) {
                definedIn.row(id, fileIds.get(instance.file()));
            }
        }
        for (SymbolRow symbol : image.symbols()) {
            long id = nextId++;
            symbols.row(id, symbol.key(), name, symbol.name(), symbol.addr(), symbol.size(), symbol.bind(),
                    symbol.section(), symbol.ordinal());
            hasSymbol.row(local.get(symbol.groupKey()), id);
        }
        for (TypeRow type : image.types()) {
            long id = nextId++;
            List<Object> fields = new ArrayList<>(List.of(id, type.key(), name, type.name()));
            for (TypeRows.Column column : TypeRows.columns(type.label())) {
                fields.add(column.type().endsWith("[]") ? array((List<?>) type.properties().get(column.name()))
                        : type.properties().get(column.name()));
            }
            types.get(type.label()).row(fields.toArray());
            inImage.row(id, imageId);
        }
        for (ModuleRows.ModuleRow module : image.modules().modules()) {
            long id = nextId++;
            local.put(module.key(), id);
            modules.row(id, module.key(), name, module.name(), module.loadable(), module.license(),
                    array(module.depends()), array(module.aliases()), module.config());
            inImage.row(id, imageId);
        }
        for (ModuleRows.Member member : image.modules().members()) {
            inModule.row(local.get(member.groupKey()), local.get(member.moduleKey()));
        }
        for (CallRow call : image.calls()) {
            if (call.kind() == ImageGraph.CallKind.CALLS) {
                calls.row(local.get(call.fromKey()), local.get(call.toKey()), call.sites(), call.firstSite(),
                        call.tailSites());
            } else {
                inlines.row(local.get(call.fromKey()), local.get(call.toKey()), call.sites(), call.firstSite());
            }
        }
    }

    /**
     * A list (strings, numbers) for the importer: elements joined by its array delimiter, ';'; an
     * empty list is no property.
     */
    private static String array(List<?> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.stream().map(String::valueOf).collect(Collectors.joining(";"));
    }

    /** A node shared by images (a function, a source file): written the first time it is seen. */
    private void shared(Map<String, Long> ids, CsvTable table, String value) {
        ids.computeIfAbsent(value, v -> {
            long id = nextId++;
            table.row(id, v);
            return id;
        });
    }

    private CsvTable table(Path dir, String file, String header) {
        CsvTable table = new CsvTable(dir.resolve(file), header);
        all.add(table);
        return table;
    }

    @Override
    public void close() {
        all.forEach(CsvTable::close);
    }
}
