// 9. Which enum values mean another number in the newer kernel? A program that compares against
// the old number (a task state, a system state) now tests for something else.
:param old => '4.4.0-21-generic-amd64';
:param new => '6.8.0-31-generic-amd64';

MATCH (a:Enum {image: $old})
MATCH (b:Enum {image: $new, name: a.name})
UNWIND range(0, size(a.valueNames) - 1) AS i
WITH a, b, a.valueNames[i] AS value, a.values[i] AS before
WITH a, value, before, [j IN range(0, size(b.valueNames) - 1) WHERE b.valueNames[j] = value | b.values[j]][0] AS after
WHERE after IS NOT NULL AND after <> before
RETURN a.name AS enum, value, before, after
ORDER BY enum, value;
