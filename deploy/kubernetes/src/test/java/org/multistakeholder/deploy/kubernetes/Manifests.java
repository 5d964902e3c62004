package org.multistakeholder.deploy.kubernetes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/** The manifests in deploy/kubernetes, read with the typed Kubernetes model an API client uses. */
final class Manifests {

    static final List<String> SERVICES = List.of("statements-service", "signatories-service", "recommendations-service");

    static final Path DIRECTORY = Path.of("").toAbsolutePath();
    static final Path REPOSITORY = DIRECTORY.resolve("../..").normalize();

    private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

    private Manifests() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every document of one file, each as its kind's class (a kind the model does not know stays generic). */
    static List<HasMetadata> parse(Path file) {
        Object parsed = SERIALIZATION.unmarshal(read(file));
        List<HasMetadata> resources = new ArrayList<>();
        if (parsed instanceof List<?> list) {
            list.forEach(item -> resources.add((HasMetadata) item));
        } else if (parsed != null) {
            resources.add((HasMetadata) parsed);
        }
        return resources;
    }

    private static List<HasMetadata> applied;

    /** Every resource the kustomization applies, in its order. */
    static synchronized List<HasMetadata> all() {
        if (applied == null) {
            List<HasMetadata> resources = new ArrayList<>();
            kustomizationResources().forEach(file -> resources.addAll(parse(DIRECTORY.resolve(file))));
            applied = List.copyOf(resources);
        }
        return applied;
    }

    static <T extends HasMetadata> Optional<T> find(Class<T> kind, String name) {
        return all().stream().filter(kind::isInstance).map(kind::cast)
                .filter(resource -> name.equals(resource.getMetadata().getName())).findFirst();
    }

    static <T extends HasMetadata> List<T> all(Class<T> kind) {
        return all().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    @SuppressWarnings("unchecked")
    static List<String> kustomizationResources() {
        Map<String, Object> kustomization = SERIALIZATION.unmarshal(read(DIRECTORY.resolve("kustomization.yaml")), Map.class);
        return (List<String>) kustomization.get("resources");
    }

    /**
     * Fields the Kubernetes schema does not have, such as a misspelt one: the model keeps them aside as
     * "additional properties" instead of failing, so they are looked for in every object of the tree. (A value
     * of the wrong type already fails the parse.)
     */
    static List<String> fieldsOutsideTheSchema(Object node, String where) {
        List<String> found = new ArrayList<>();
        collectFieldsOutsideTheSchema(node, where, found);
        return found;
    }

    private static void collectFieldsOutsideTheSchema(Object node, String where, List<String> found) {
        if (node == null) {
            return;
        }
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collectFieldsOutsideTheSchema(list.get(i), where + "[" + i + "]", found);
            }
            return;
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> collectFieldsOutsideTheSchema(value, where + "." + key, found));
            return;
        }
        if (!node.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : node.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(node);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String field = Character.toLowerCase(getter.getName().charAt(3)) + getter.getName().substring(4);
            if (field.equals("additionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(key -> found.add(where + "." + key));
                }
            } else if (!(node instanceof io.fabric8.kubernetes.api.model.Quantity)
                    && !(node instanceof io.fabric8.kubernetes.api.model.IntOrString)) {
                collectFieldsOutsideTheSchema(value, where + "." + field, found);
            }
        }
    }
}
