package org.marsad.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.marsad.Marsad;

/**
 * Which extractor produced a row: Marsad's version, a hash of the knowledge files it loaded (the bundled
 * ones and an analyst's {@code --actors}/{@code --places} files) and a hash of the extractor's code. The
 * version changes whenever a word list, the gazetteer or the code of the pipeline changes, even between
 * two builds of one snapshot version, so {@code marsad reextract} knows which stored reports are stale.
 *
 * <p>The pipeline is what {@code marsad-core} holds: {@code org/marsad/Marsad.class} and the packages
 * {@code model, text, knowledge, recognize, geocode, extract} under {@code org/marsad/} — their classes
 * make the code hash, their other files the knowledge hash. They are read from wherever {@link Marsad} was
 * loaded (a folder in development, {@code marsad-core.jar}, or the command's single jar), in name order.
 *
 * @param version       {@code <coreVersion>+k<12 hex>.c<12 hex>}, stored on every derived row
 * @param coreVersion   Marsad's Maven version
 * @param knowledgeHash SHA-256 (hex) of the knowledge files
 * @param codeHash      SHA-256 (hex) of the pipeline's classes
 */
public record ExtractorVersion(String version, String coreVersion, String knowledgeHash, String codeHash) {

    private static final List<String> PIPELINE = List.of("org/marsad/model/", "org/marsad/text/",
            "org/marsad/knowledge/", "org/marsad/recognize/", "org/marsad/geocode/", "org/marsad/extract/");
    private static final String FACADE = "org/marsad/Marsad.class";

    public ExtractorVersion {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(coreVersion, "coreVersion");
        Objects.requireNonNull(knowledgeHash, "knowledgeHash");
        Objects.requireNonNull(codeHash, "codeHash");
    }

    /** The version of the extractor in this JVM with the analyst's extra knowledge files (possibly none). */
    public static ExtractorVersion current(List<Path> analystFiles) {
        TreeMap<String, byte[]> knowledge = new TreeMap<>();
        TreeMap<String, byte[]> code = new TreeMap<>();
        readPipeline(knowledge, code);
        List<Path> extra = new ArrayList<>(analystFiles);
        for (int i = 0; i < extra.size(); i++) {
            Path file = extra.get(i);
            try {
                knowledge.put("analyst/" + i + "/" + file.getFileName(), Files.readAllBytes(file));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the knowledge file " + file + ": " + e.getMessage(), e);
            }
        }
        String k = hash(knowledge);
        String c = hash(code);
        String core = mavenVersion();
        return new ExtractorVersion(core + "+k" + k.substring(0, 12) + ".c" + c.substring(0, 12), core, k, c);
    }

    private static void readPipeline(TreeMap<String, byte[]> knowledge, TreeMap<String, byte[]> code) {
        Path origin;
        try {
            origin = Path.of(Marsad.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | NullPointerException | SecurityException e) {
            throw new IllegalStateException("cannot find where the Marsad pipeline was loaded from: " + e, e);
        }
        try {
            if (Files.isDirectory(origin)) {
                try (Stream<Path> files = Files.walk(origin)) {
                    for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                        String name = origin.relativize(f).toString().replace('\\', '/');
                        if (inPipeline(name)) {
                            (name.endsWith(".class") ? code : knowledge).put(name, Files.readAllBytes(f));
                        }
                    }
                }
            } else {
                try (JarFile jar = new JarFile(origin.toFile())) {
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        JarEntry e = entries.nextElement();
                        if (!e.isDirectory() && inPipeline(e.getName())) {
                            try (InputStream in = jar.getInputStream(e)) {
                                (e.getName().endsWith(".class") ? code : knowledge).put(e.getName(), in.readAllBytes());
                            }
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the Marsad pipeline at " + origin + " to version it", e);
        }
        if (!code.containsKey(FACADE)) {
            throw new IllegalStateException("no " + FACADE + " at " + origin + ": cannot version the extractor");
        }
    }

    private static boolean inPipeline(String name) {
        return name.equals(FACADE) || PIPELINE.stream().anyMatch(name::startsWith);
    }

    private static String hash(TreeMap<String, byte[]> files) {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime lacks SHA-256, which every Java SE must provide", e);
        }
        files.forEach((name, bytes) -> {
            sha.update(name.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(bytes);
        });
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String mavenVersion() {
        Properties p = new Properties();
        try (InputStream in = ExtractorVersion.class.getResourceAsStream("marsad-store.properties")) {
            if (in == null) {
                throw new IllegalStateException("marsad-store.properties is missing from the store's classes");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read marsad-store.properties", e);
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String toString() {
        return version;
    }
}
