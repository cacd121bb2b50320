package kgraph.queries.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules the type differs follow, on small shapes. */
class TypeDiffsTest {

    private static StructShape.Field field(String name, long offset, String signature, String declaration) {
        return new StructShape.Field(name, offset, signature, declaration);
    }

    @Test
    void aFieldThatOnlyMovedIsNoChangeAsInDepsurf() {
        StructShape old = new StructShape("s", "STRUCT", List.of(field("a", 0, "INT int", "int a")));
        StructShape now = new StructShape("s", "STRUCT", List.of(field("pad", 0, "INT int", "int pad"),
                field("a", 32, "INT int", "int a")));
        assertEquals(List.of(new Change(Change.FIELD_ADDED, null, "int pad (bit 0)")), StructDiff.changes(old, now));
    }

    @Test
    void tracepointChangesComeUnderEventOrFunc() {
        StructShape old = new StructShape("trace_event_raw_x", "STRUCT", List.of(field("v", 64, "INT int", "int v")));
        StructShape now = new StructShape("trace_event_raw_x", "STRUCT", List.of(field("v", 64, "INT long int", "long int v")));
        Signature func = new Signature("trace_event_raw_event_x", "void f(void *__data);", "void", "void",
                List.of(new Signature.Param("__data", "*void", "void *__data")));
        List<Change> changes = TracepointDiff.changes(new TracepointShape("x", "x", old, func),
                new TracepointShape("x", "x", now, func));
        assertEquals(List.of(new Change(Change.EVENT_CHANGED, "trace_event_raw_x", "trace_event_raw_x"),
                new Change(Change.FIELD_TYPE, "int v (bit 64)", "long int v (bit 64)")), changes);
    }

    @Test
    void anElementCountsOncePerCategory() {
        EnumShape old = new EnumShape("e", List.of(new EnumShape.Value("A", 0), new EnumShape.Value("B", 1)));
        EnumShape now = new EnumShape("e", List.of(new EnumShape.Value("A", 1), new EnumShape.Value("B", 2)));
        KindDiff kind = TypeSetDiff.kind(ElementKind.ENUM, Map.of("e", old), Map.of("e", now, "f", now), EnumDiff::changes);
        assertEquals(Map.of(Change.VALUE_CHANGED, 1L), kind.byCategory());
        assertEquals(List.of("f"), kind.added());
        assertEquals("A = 0 ➡️ A = 1", kind.changed().get("e").get(0).detail());
    }
}
