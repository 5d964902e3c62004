package org.multistakeholder.deploy.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** What an operator applies: valid Kubernetes resources, and each service deployed the way it needs to run. */
class ManifestsTests {

    private static final Pattern DNS_SUBDOMAIN = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?");
    /** ${NAME} or ${NAME:default} in a service's configuration. */
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final long MIB = 1024 * 1024;

    @Test
    void theKustomizationAppliesEveryManifestInTheDirectory() throws IOException {
        Set<String> manifests;
        try (Stream<Path> files = Files.list(Manifests.DIRECTORY)) {
            manifests = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".yml") || name.endsWith(".yaml"))
                    .filter(name -> !name.equals("kustomization.yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(manifests, new TreeSet<>(Manifests.kustomizationResources()));
    }

    @Test
    void everyResourceIsOfAKnownKindWithOnlyFieldsItsSchemaHas() {
        List<HasMetadata> resources = Manifests.all();
        assertFalse(resources.isEmpty());
        for (HasMetadata resource : resources) {
            String where = resource.getKind() + "/" + resource.getMetadata().getName();
            assertFalse(resource instanceof GenericKubernetesResource,
                    where + " (" + resource.getApiVersion() + ") is not a kind of the Kubernetes API");
            assertEquals(List.of(), Manifests.fieldsOutsideTheSchema(resource, where),
                    "fields the Kubernetes schema does not have, or of the wrong type");
            assertTrue(DNS_SUBDOMAIN.matcher(resource.getMetadata().getName()).matches(), where + ": not a valid name");
        }
        Set<String> identities = new HashSet<>();
        resources.forEach(resource -> assertTrue(identities.add(resource.getKind() + "/" + resource.getMetadata().getName()),
                "applied twice: " + resource.getKind() + "/" + resource.getMetadata().getName()));
    }

    @Test
    void noSecretValueIsCommitted() {
        assertEquals(List.of(), Manifests.all(Secret.class).stream().map(secret -> secret.getMetadata().getName()).toList(),
                "Secrets are created by the operator (README.md), never committed");
        for (ConfigMap config : Manifests.all(ConfigMap.class)) {
            for (String key : config.getData().keySet()) {
                assertFalse(key.matches("(?i).*(password|secret|token|private).*"),
                        "ConfigMap " + config.getMetadata().getName() + " holds " + key + ", which belongs in a Secret");
            }
        }
    }

    @Test
    void everySecretAndConfigMapThatIsNotCommittedIsOneTheOperatorIsToldToCreate() {
        String readme = Manifests.read(Manifests.DIRECTORY.resolve("README.md"));
        Set<String> committed = Manifests.all(ConfigMap.class).stream().map(config -> config.getMetadata().getName())
                .collect(Collectors.toSet());
        for (Deployment deployment : Manifests.all(Deployment.class)) {
            PodSpec pod = deployment.getSpec().getTemplate().getSpec();
            for (Container container : pod.getContainers()) {
                for (EnvFromSource source : container.getEnvFrom()) {
                    if (source.getSecretRef() != null) {
                        assertTrue(readme.contains("kubectl create secret generic " + source.getSecretRef().getName()),
                                "README.md does not say how to create Secret " + source.getSecretRef().getName());
                    }
                    if (source.getConfigMapRef() != null && !committed.contains(source.getConfigMapRef().getName())) {
                        assertTrue(readme.contains("kubectl create configmap " + source.getConfigMapRef().getName()),
                                "README.md does not say how to create ConfigMap " + source.getConfigMapRef().getName());
                    }
                }
            }
            for (Volume volume : pod.getVolumes()) {
                if (volume.getConfigMap() != null && !committed.contains(volume.getConfigMap().getName())) {
                    assertTrue(readme.contains("kubectl create configmap " + volume.getConfigMap().getName()),
                            "README.md does not say how to create ConfigMap " + volume.getConfigMap().getName());
                }
                if (volume.getSecret() != null) {
                    assertTrue(readme.contains("kubectl create secret generic " + volume.getSecret().getSecretName()),
                            "README.md does not say how to create Secret " + volume.getSecret().getSecretName());
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"statements-service", "signatories-service", "recommendations-service"})
    void eachServiceRunsReplicatedWithHealthProbesOnItsHttpPort(String service) {
        Deployment deployment = deployment(service);
        assertTrue(deployment.getSpec().getReplicas() >= 2, service + " runs more than one replica");
        Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(podLabels.entrySet().containsAll(deployment.getSpec().getSelector().getMatchLabels().entrySet()),
                service + ": the Deployment's selector picks its own pods");
        assertFalse(deployment.getSpec().getSelector().getMatchLabels().containsKey("app.kubernetes.io/version"),
                service + ": a selector cannot change, so it must not name the version");

        Container container = container(service);
        assertTrue(DNS_LABEL.matcher(container.getName()).matches());
        assertTrue(container.getImage() != null && container.getImage().matches(".+/" + service + ":[^:/]+"),
                service + ": image " + container.getImage());
        ContainerPort http = httpPort(service);
        assertProbe(service, "readiness", container.getReadinessProbe(), "/q/health/ready", http);
        assertProbe(service, "liveness", container.getLivenessProbe(), "/q/health/live", http);
        assertProbe(service, "startup", container.getStartupProbe(), "/q/health/started", http);
        int startupAllowance = container.getStartupProbe().getInitialDelaySeconds()
                + container.getStartupProbe().getPeriodSeconds() * container.getStartupProbe().getFailureThreshold();
        assertTrue(startupAllowance >= 60, service + " is given " + startupAllowance + " s to start, under a one-core limit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"statements-service", "signatories-service", "recommendations-service"})
    void eachServiceHasCpuAndMemoryLimitsAndAHeapThatFitsInTheMemoryLimit(String service) {
        Container container = container(service);
        Map<String, Quantity> limits = container.getResources().getLimits();
        Map<String, Quantity> requests = container.getResources().getRequests();
        for (String resource : List.of("cpu", "memory")) {
            assertNotNull(limits.get(resource), service + ": no " + resource + " limit");
            assertNotNull(requests.get(resource), service + ": no " + resource + " request");
            assertTrue(requests.get(resource).getNumericalAmount().compareTo(limits.get(resource).getNumericalAmount()) <= 0,
                    service + ": the " + resource + " request exceeds the limit");
        }
        long memoryLimit = limits.get("memory").getNumericalAmount().longValueExact();

        String javaOptions = env(container, "JAVA_OPTS");
        Matcher percentage = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)").matcher(javaOptions);
        assertTrue(percentage.find(), service + ": the heap is sized from the container's limit");
        long heap = (long) (memoryLimit * Double.parseDouble(percentage.group(1)) / 100);
        assertTrue(heap >= 384 * MIB, service + ": a heap of " + heap / MIB + " MiB, less than the 384 MiB it is measured with");
        assertTrue(memoryLimit - heap >= 200 * MIB,
                service + ": only " + (memoryLimit - heap) / MIB + " MiB beside the heap for metaspace, threads and buffers");
        assertTrue(javaOptions.contains("-XX:+ExitOnOutOfMemoryError"), service + ": a JVM out of memory is restarted");

        assertEquals(Boolean.TRUE, deployment(service).getSpec().getTemplate().getSpec().getSecurityContext().getRunAsNonRoot());
        assertEquals(Boolean.FALSE, container.getSecurityContext().getAllowPrivilegeEscalation());
    }

    @ParameterizedTest
    @ValueSource(strings = {"statements-service", "signatories-service", "recommendations-service"})
    void everySettingAServiceReadsThatHasNoUsableDefaultInAClusterIsProvided(String service) {
        Container container = container(service);
        Set<String> provided = new HashSet<>();
        container.getEnv().forEach(variable -> provided.add(variable.getName()));
        for (EnvFromSource source : container.getEnvFrom()) {
            if (source.getConfigMapRef() != null) {
                ConfigMap config = Manifests.find(ConfigMap.class, source.getConfigMapRef().getName())
                        .orElseThrow(() -> new AssertionError(service + " reads ConfigMap " + source.getConfigMapRef().getName()
                                + ", which is not committed"));
                provided.addAll(config.getData().keySet());
            }
        }
        String databaseSecret = container.getEnvFrom().stream().filter(source -> source.getSecretRef() != null)
                .map(source -> source.getSecretRef().getName()).findFirst()
                .orElseThrow(() -> new AssertionError(service + " reads its database credentials from no Secret"));
        assertEquals(service.replaceFirst("-service$", "-database"), databaseSecret, "each service connects with its own credentials");
        provided.addAll(secretKeysTheOperatorIsToldToSet(databaseSecret));
        assertTrue(provided.containsAll(Set.of("DB_USER", "DB_PASSWORD")),
                "README.md's command for " + databaseSecret + " sets DB_USER and DB_PASSWORD");

        String portVariable = service.replaceFirst("-service$", "").toUpperCase() + "_PORT";
        assertFalse(provided.contains(portVariable), service + ": its port, probes and Service are fixed when the manifest"
                + " is generated; setting " + portVariable + " would move the service off them");

        List<String> missing = new ArrayList<>();
        // The service's own configuration and what the three share, from platform-commons.
        String configuration = Manifests.read(Manifests.REPOSITORY.resolve(service + "/src/main/resources/application.properties"))
                + "\n" + Manifests.read(Manifests.REPOSITORY.resolve("platform-commons/src/main/resources/META-INF/microprofile-config.properties"));
        for (String line : configuration.split("\n")) {
            if (line.startsWith("#") || line.startsWith("%")) {
                continue;
            }
            Matcher variable = VARIABLE.matcher(line);
            while (variable.find()) {
                String name = variable.group(1);
                String localDefault = variable.group(2);
                boolean unusable = localDefault == null || localDefault.contains("127.0.0.1") || localDefault.contains("localhost");
                if (unusable && !provided.contains(name)) {
                    missing.add(name);
                }
            }
        }
        assertEquals(List.of(), missing, service + " would run with no value, or a loopback address, for these");
    }

    @ParameterizedTest
    @ValueSource(strings = {"statements-service", "signatories-service", "recommendations-service"})
    void theTokenVerificationKeyIsAFileMountedFromTheConfigMapTheOperatorCreates(String service) {
        Container container = container(service);
        String location = env(container, "JWT_PUBLIC_KEY_LOCATION");
        assertTrue(location.startsWith("file:"), location);
        Path key = Path.of(location.substring("file:".length()));
        VolumeMount mount = container.getVolumeMounts().stream()
                .filter(candidate -> key.startsWith(candidate.getMountPath())).findFirst()
                .orElseThrow(() -> new AssertionError(service + ": nothing is mounted at " + key));
        Volume volume = deployment(service).getSpec().getTemplate().getSpec().getVolumes().stream()
                .filter(candidate -> candidate.getName().equals(mount.getName())).findFirst().orElseThrow();
        assertNotNull(volume.getConfigMap(), service + ": the public key comes from a ConfigMap");
        String readme = Manifests.read(Manifests.DIRECTORY.resolve("README.md"));
        Matcher command = Pattern.compile("kubectl create configmap " + volume.getConfigMap().getName() + " --from-file=(\\S+)=").matcher(readme);
        assertTrue(command.find(), "README.md says how to create ConfigMap " + volume.getConfigMap().getName());
        assertEquals(Path.of(mount.getMountPath()).relativize(key).toString(), command.group(1),
                "the key README.md stores the file under is the file the service reads");
    }

    @ParameterizedTest
    @ValueSource(strings = {"statements-service", "signatories-service", "recommendations-service"})
    void eachServiceIsReachableInTheClusterOnItsHttpPort(String service) {
        Service kubernetesService = Manifests.find(Service.class, service)
                .orElseThrow(() -> new AssertionError("no Service " + service));
        ServicePort port = kubernetesService.getSpec().getPorts().stream().filter(candidate -> "http".equals(candidate.getName()))
                .findFirst().orElseThrow(() -> new AssertionError(service + ": no port named http"));
        assertEquals(httpPort(service).getContainerPort(), port.getTargetPort().getIntVal());
        Map<String, String> podLabels = deployment(service).getSpec().getTemplate().getMetadata().getLabels();
        assertTrue(podLabels.entrySet().containsAll(kubernetesService.getSpec().getSelector().entrySet()),
                service + ": the Service selects the Deployment's pods");
    }

    @Test
    void signatoriesReachesStatementsThroughItsServiceNotTheIngress() {
        Container signatories = container("signatories-service");
        String url = Manifests.find(ConfigMap.class, "platform-config").orElseThrow().getData().get("STATEMENTS_URL");
        assertTrue(signatories.getEnvFrom().stream().anyMatch(source -> source.getConfigMapRef() != null
                && source.getConfigMapRef().getName().equals("platform-config")));
        assertNotNull(url, "platform-config sets STATEMENTS_URL");
        URI uri = URI.create(url);
        assertEquals("statements-service", uri.getHost());
        int port = uri.getPort() == -1 ? 80 : uri.getPort();
        Service statements = Manifests.find(Service.class, "statements-service").orElseThrow();
        assertTrue(statements.getSpec().getPorts().stream().anyMatch(candidate -> candidate.getPort() == port),
                url + " names a port the statements Service has");
    }

    static Deployment deployment(String service) {
        return Manifests.find(Deployment.class, service).orElseThrow(() -> new AssertionError("no Deployment " + service));
    }

    static Container container(String service) {
        return deployment(service).getSpec().getTemplate().getSpec().getContainers().stream()
                .filter(container -> container.getName().equals(service)).findFirst()
                .orElseThrow(() -> new AssertionError("no container " + service));
    }

    private static ContainerPort httpPort(String service) {
        return container(service).getPorts().stream().filter(port -> "http".equals(port.getName())).findFirst()
                .orElseThrow(() -> new AssertionError(service + ": no container port named http"));
    }

    private static String env(Container container, String name) {
        return container.getEnv().stream().filter(variable -> variable.getName().equals(name)).map(EnvVar::getValue)
                .findFirst().orElseThrow(() -> new AssertionError(container.getName() + ": no " + name));
    }

    private static void assertProbe(String service, String kind, Probe probe, String path, ContainerPort http) {
        assertNotNull(probe, service + ": no " + kind + " probe");
        HTTPGetAction get = probe.getHttpGet();
        assertNotNull(get, service + ": the " + kind + " probe is not an HTTP GET");
        assertEquals(path, get.getPath(), service + ": " + kind + " probe path");
        boolean samePort = http.getContainerPort().equals(get.getPort().getIntVal()) || http.getName().equals(get.getPort().getStrVal());
        assertTrue(samePort, service + ": the " + kind + " probe asks port " + get.getPort() + ", not the HTTP port");
    }

    /** The keys README.md's "kubectl create secret generic NAME --from-literal=KEY=..." command sets. */
    private static Set<String> secretKeysTheOperatorIsToldToSet(String secret) {
        String readme = Manifests.read(Manifests.DIRECTORY.resolve("README.md"));
        Matcher command = Pattern.compile("kubectl create secret generic " + secret + "((?:\\s+\\\\?\\s*--from-literal=[A-Z_]+=\\S*)+)")
                .matcher(readme);
        Set<String> keys = new HashSet<>();
        if (command.find()) {
            Matcher key = Pattern.compile("--from-literal=([A-Z_]+)=").matcher(command.group(1));
            while (key.find()) {
                keys.add(key.group(1));
            }
        }
        return keys;
    }
}
