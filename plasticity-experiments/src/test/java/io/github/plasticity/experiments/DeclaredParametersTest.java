package io.github.plasticity.experiments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every experiment that declares its parameters declares exactly the ones it reads: the names in
 * {@code ctx.param("...")} and {@code ctx.intParam("...")} calls of its source file and of the
 * helper classes of its package that take the {@link ExperimentContext} and that it calls. (A
 * declared but unread name would be accepted and ignored; a read but undeclared one could not be
 * overridden.)
 */
class DeclaredParametersTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern READ = Pattern.compile("(?:int)?[pP]aram\\(\\s*\"(\\w+)\"");

    @Test
    void declaredParametersMatchTheNamesRead() throws IOException {
        int declaring = 0;
        List<String> problems = new ArrayList<>();
        for (Experiment e : Catalogue.standard().all()) {
            Map<String, String> declared = e.parameters();
            if (declared.isEmpty()) {
                continue;
            }
            declaring++;
            Set<String> read = namesRead(e.getClass());
            if (!read.equals(declared.keySet())) {
                problems.add(e.name() + ": declares " + declared.keySet() + ", reads " + read);
            }
            declared.forEach(
                    (k, v) -> {
                        if (v.isBlank()) {
                            problems.add(e.name() + ": parameter " + k + " has no description");
                        }
                    });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        // The check is not vacuous: all but skill-vs-repetition and triplet-sjostrom (which has
        // none) declare theirs.
        assertTrue(declaring >= 28, "experiments declaring parameters: " + declaring);
    }

    @Test
    void parameterListValidatesItsArguments() {
        assertEquals(
                List.of("a", "b"),
                new ArrayList<>(Experiment.parameterList("a", "x", "b", "y").keySet()));
        IllegalArgumentException odd =
                assertThrows(IllegalArgumentException.class, () -> Experiment.parameterList("a"));
        assertTrue(odd.getMessage().contains("alternate"), odd.getMessage());
        IllegalArgumentException twice =
                assertThrows(
                        IllegalArgumentException.class,
                        () -> Experiment.parameterList("a", "x", "a", "y"));
        assertTrue(twice.getMessage().contains("'a' is listed twice"), twice.getMessage());
    }

    private static Set<String> namesRead(Class<?> type) throws IOException {
        Path file = SOURCES.resolve(type.getName().replace('.', '/') + ".java");
        String src = Files.readString(file);
        Set<String> names = new TreeSet<>(names(src));
        try (Stream<Path> siblings = Files.list(file.getParent())) {
            for (Path other : siblings.toList()) {
                String simple = other.getFileName().toString().replace(".java", "");
                if (other.equals(file) || !src.contains(simple + ".")) {
                    continue;
                }
                String helper = Files.readString(other);
                if (helper.contains("(ExperimentContext ctx")
                        && !helper.contains("implements Experiment")) {
                    names.addAll(names(helper));
                }
            }
        }
        return names;
    }

    private static Set<String> names(String src) {
        Set<String> out = new TreeSet<>();
        Matcher m = READ.matcher(src);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
