package kgraph.importer.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kgraph.importer.btf.BtfType;
import kgraph.importer.btf.BtfType.Member;
import kgraph.importer.btf.TypeSignatures;

/**
 * The tracepoints of a BTF blob. Every tracepoint has a typedef {@code btf_trace_<event>}; an
 * event class {@code <class>} has a struct {@code trace_event_raw_<class>} and a handler
 * {@code trace_event_raw_event_<class>}. BTF does not say which class an event belongs to (the
 * kernel links them in data, {@code event_<event>.class}), so it is worked out:
 * <ol>
 * <li>an event with a class of its own name (every {@code TRACE_EVENT}) belongs to it;</li>
 * <li>otherwise (a {@code DEFINE_EVENT}) to the one class whose handler has the same parameters,
 * names and types, as the event's {@code __traceiter_<event>} (types only, compared with the
 * {@code btf_trace_<event>} prototype, where that function is missing); if several classes
 * match, those that are themselves events are dropped, and if still several remain, the one
 * sharing the most leading words (split at "_") with the event name wins, e.g. {@code
 * sched_wakeup} to {@code sched_wakeup_template} rather than {@code sched_process_template};</li>
 * <li>otherwise (no match, or a tie) the class stays unknown (null), as it does for bare tracepoints
 * ({@code DECLARE_TRACE}), which have no class, struct or handler.</li>
 * </ol>
 */
final class BtfTracepoints {

    static final String EVENT_PREFIX = "btf_trace_";
    static final String STRUCT_PREFIX = "trace_event_raw_";
    static final String HANDLER_PREFIX = "trace_event_raw_event_";
    static final String ITERATOR_PREFIX = "__traceiter_";

    private final BtfIndex index;
    private final BtfStructs structs;
    private final BtfFunctions functions;
    private final TypeSignatures signatures;
    private final Map<String, List<String>> classesByParams = new HashMap<>();
    private final Map<String, List<String>> classesByTypes = new HashMap<>();

    BtfTracepoints(BtfIndex index, BtfStructs structs, BtfFunctions functions) {
        this.index = index;
        this.structs = structs;
        this.functions = functions;
        this.signatures = new TypeSignatures(index.types);
    }

    Map<String, Tracepoint> all() {
        Map<String, String> classes = new TreeMap<>();
        index.funcs.forEach((name, func) -> {
            if (name.startsWith(HANDLER_PREFIX)) {
                String eventClass = name.substring(HANDLER_PREFIX.length());
                if (index.structs.containsKey(STRUCT_PREFIX + eventClass)) {
                    classes.put(eventClass, eventClass);
                }
            }
        });
        classes.keySet().forEach(eventClass -> {
            BtfType handler = index.prototypeAt(index.funcs.get(HANDLER_PREFIX + eventClass).id());
            classesByParams.computeIfAbsent(key(handler, true), k -> new ArrayList<>()).add(eventClass);
            classesByTypes.computeIfAbsent(key(handler, false), k -> new ArrayList<>()).add(eventClass);
        });
        Map<String, BtfType> events = new TreeMap<>();
        index.typedefs.forEach((name, typedef) -> {
            if (name.startsWith(EVENT_PREFIX)) {
                events.put(name.substring(EVENT_PREFIX.length()), typedef);
            }
        });
        Map<String, StructType> structCache = new HashMap<>();
        Map<String, Tracepoint> tracepoints = new TreeMap<>();
        events.forEach((event, typedef) -> {
            String eventClass = classOf(event, typedef, classes, events);
            if (eventClass == null) {
                tracepoints.put(event, new Tracepoint(event, null, null, null));
                return;
            }
            StructType struct = structCache.computeIfAbsent(eventClass,
                    c -> structs.of(index.structs.get(STRUCT_PREFIX + c)));
            tracepoints.put(event, new Tracepoint(event, eventClass, struct,
                    functions.of(index.funcs.get(HANDLER_PREFIX + eventClass))));
        });
        return tracepoints;
    }

    private String classOf(String event, BtfType typedef, Map<String, String> classes, Map<String, BtfType> events) {
        if (classes.containsKey(event)) {
            return event;
        }
        BtfType iterator = index.funcs.get(ITERATOR_PREFIX + event);
        List<String> candidates;
        if (iterator != null) {
            candidates = classesByParams.getOrDefault(key(index.prototypeAt(iterator.id()), true), List.of());
        } else {
            BtfType proto = index.prototypeAt(typedef.id());
            candidates = proto == null ? List.of() : classesByTypes.getOrDefault(key(proto, false), List.of());
        }
        if (candidates.size() > 1) {
            candidates = candidates.stream().filter(c -> !events.containsKey(c)).toList();
        }
        return candidates.size() == 1 ? candidates.get(0) : closestByName(event, candidates);
    }

    /** The candidate sharing the most leading words with the event; null on a tie or none shared. */
    private static String closestByName(String event, List<String> candidates) {
        String best = null;
        int bestScore = 0;
        boolean tie = false;
        String[] eventWords = event.split("_");
        for (String candidate : candidates) {
            String[] words = candidate.split("_");
            int score = 0;
            while (score < words.length && score < eventWords.length && words[score].equals(eventWords[score])) {
                score++;
            }
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return tie || bestScore == 0 ? null : best;
    }

    /** The parameters of a prototype as text, with or without their names. */
    private String key(BtfType proto, boolean withNames) {
        StringBuilder text = new StringBuilder();
        for (Member param : proto.members()) {
            if (withNames) {
                text.append(param.name()).append(':');
            }
            text.append(signatures.of(param.type())).append(',');
        }
        return text.toString();
    }
}
