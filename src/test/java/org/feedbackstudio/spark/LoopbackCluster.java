package org.feedbackstudio.spark;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real Spark standalone cluster on 127.0.0.1 for tests: a Master and Workers, each its own JVM started
 * from the Spark jars on the test class path (no Spark distribution needed: SPARK_HOME is a folder whose
 * jars/ links to them), plus the application jar the executors load this project's classes from. Closing
 * it stops every process it started, executors included.
 */
final class LoopbackCluster implements AutoCloseable {
    private static final Duration READY_WITHIN = Duration.ofSeconds(180);

    private final Path home;
    private final Path applicationJar;
    private final int masterPort;
    private final int masterUiPort;
    private final List<Process> processes = new ArrayList<>();

    private LoopbackCluster(Path home, Path applicationJar, int masterPort, int masterUiPort) {
        this.home = home;
        this.applicationJar = applicationJar;
        this.masterPort = masterPort;
        this.masterUiPort = masterUiPort;
    }

    /** Starts a Master and {@code workers} Workers of one core each, and waits until all have registered. */
    static LoopbackCluster start(Path folder, int workers) throws IOException, InterruptedException {
        Path home = folder.resolve("spark-home");
        Path jars = Files.createDirectories(home.resolve("jars"));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (entry.endsWith(".jar") && Files.isRegularFile(p) && !Files.exists(jars.resolve(p.getFileName()))) {
                Files.createSymbolicLink(jars.resolve(p.getFileName()), p.toAbsolutePath());
            }
        }
        Path app = applicationJar(folder.resolve("feedback-studio.jar"));
        LoopbackCluster cluster = new LoopbackCluster(home, app, freePort(), freePort());
        // Should this JVM be stopped before close(), the cluster's JVMs go with it.
        Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "loopback-cluster-stop"));
        try {
            cluster.launch("master", List.of("org.apache.spark.deploy.master.Master", "--host", "127.0.0.1",
                    "--port", String.valueOf(cluster.masterPort), "--webui-port", String.valueOf(cluster.masterUiPort)));
            for (int i = 1; i <= workers; i++) {
                Path work = Files.createDirectories(folder.resolve("work-" + i));
                cluster.launch("worker-" + i, List.of("org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                        "--cores", "1", "--memory", "1g", "--webui-port", String.valueOf(freePort()),
                        "--work-dir", work.toString(), cluster.masterUrl()));
            }
            cluster.awaitWorkers(workers);
            return cluster;
        } catch (IOException | InterruptedException | RuntimeException e) {
            cluster.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    /** The jar holding this project's classes, to ship to executors. */
    Path applicationJar() {
        return applicationJar;
    }

    /** The executor JVMs the workers have started so far. */
    List<ProcessHandle> executors() {
        List<ProcessHandle> out = new ArrayList<>();
        for (Process p : processes) {
            p.descendants().filter(d -> d.info().commandLine().orElse("").contains("CoarseGrainedExecutorBackend"))
                    .forEach(out::add);
        }
        return out;
    }

    /** The JVM options every Spark process here runs with (Spark 4 on Java 17). */
    static List<String> jvmFlags() {
        List<String> flags = new ArrayList<>();
        for (String module : List.of("java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net",
                "java.nio", "java.util", "java.util.concurrent", "java.util.concurrent.atomic", "jdk.internal.ref",
                "sun.nio.ch", "sun.nio.cs", "sun.security.action", "sun.util.calendar")) {
            flags.add("--add-opens=java.base/" + module + "=ALL-UNNAMED");
        }
        flags.add("--add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED");
        flags.add("-Dio.netty.tryReflectionSetAccessible=true");
        return flags;
    }

    private void launch(String name, List<String> mainAndArgs) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.addAll(jvmFlags());
        command.add("-Dorg.slf4j.simpleLogger.defaultLogLevel=info");
        command.add("-cp");
        command.add(home.resolve("jars") + File.separator + "*");
        command.addAll(mainAndArgs);
        ProcessBuilder pb = new ProcessBuilder(command);
        Map<String, String> env = pb.environment();
        env.put("SPARK_HOME", home.toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        pb.redirectErrorStream(true);
        pb.redirectOutput(home.resolveSibling(name + ".log").toFile());
        processes.add(pb.start());
    }

    /** Polls the Master's status page until {@code workers} workers are alive. */
    private void awaitWorkers(int workers) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + masterUiPort + "/json/"))
                .timeout(Duration.ofSeconds(5)).build();
        Pattern alive = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("a Spark process exited with " + p.exitValue() + "; see the logs in "
                            + home.getParent());
                }
            }
            try {
                String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                Matcher m = alive.matcher(body);
                if (m.find()) {
                    last = m.group(1) + " workers alive";
                    if (Integer.parseInt(m.group(1)) >= workers) {
                        return;
                    }
                }
            } catch (IOException notYet) {
                last = notYet.toString();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the cluster was not ready within " + READY_WITHIN + " (" + last + "); see the "
                + "logs in " + home.getParent());
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : processes) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** A jar of the compiled classes and resources (the folder holding SparkEngine), as a build would make. */
    private static Path applicationJar(Path jar) throws IOException {
        Path classes;
        try {
            classes = Path.of(SparkEngine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                zip.putNextEntry(new JarEntry(classes.relativize(f).toString().replace(File.separatorChar, '/')));
                try (InputStream in = Files.newInputStream(f)) {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return jar;
    }

    static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
