package io.invito.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Copies a folder of bundled resources to disk, whether they sit in {@code target/classes} or in
 * {@code invito.jar}: the demo and its default templates must work from the jar alone.
 */
final class ClasspathFolder {
  private ClasspathFolder() {}

  static void copy(String resourceFolder, Path target) {
    URL url = ClasspathFolder.class.getResource("/" + resourceFolder);
    if (url == null) {
      throw new IllegalStateException(
          "bundled folder " + resourceFolder + " is missing from the jar");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        try (FileSystem jar = open(uri)) {
          copyTree(jar.getPath("/" + resourceFolder), target);
        }
      } else {
        copyTree(Path.of(uri), target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot copy bundled " + resourceFolder + " to " + target, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("bad resource URL " + url, e);
    }
  }

  private static FileSystem open(URI uri) throws IOException {
    try {
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      // Another copy is open: take a fresh one on the same jar file instead of sharing it.
      String jar = uri.getSchemeSpecificPart();
      return FileSystems.newFileSystem(Path.of(URI.create(jar.substring(0, jar.indexOf("!/")))));
    }
  }

  private static void copyTree(Path source, Path target) throws IOException {
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path path : (Iterable<Path>) walk::iterator) {
        Path destination = target.resolve(source.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(destination);
        } else {
          Files.createDirectories(destination.getParent());
          Files.copy(path, destination, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
