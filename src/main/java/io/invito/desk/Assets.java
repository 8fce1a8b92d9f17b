package io.invito.desk;

import io.javalin.config.RoutesConfig;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * The desk's own files, from the jar: its style sheet, the copy button's script, and htmx (from its
 * WebJar, so no CDN and no build chain). Only these names are served.
 */
final class Assets {
  private static final String HTMX_WEBJAR = "META-INF/resources/webjars/htmx.org/";

  private final Map<String, Asset> byName =
      Map.of(
          "desk.css", new Asset("desk/assets/desk.css", "text/css; charset=utf-8"),
          "desk.js", new Asset("desk/assets/desk.js", "text/javascript; charset=utf-8"),
          "htmx.min.js",
              new Asset(
                  HTMX_WEBJAR + htmxVersion() + "/dist/htmx.min.js",
                  "text/javascript; charset=utf-8"));

  private record Asset(String resource, String contentType) {}

  void register(RoutesConfig routes) {
    routes.get(
        "/assets/{name}",
        ctx -> {
          Asset asset = byName.get(ctx.pathParam("name"));
          if (asset == null) {
            throw new NotFoundResponse();
          }
          ctx.contentType(asset.contentType());
          ctx.header("Cache-Control", "private, max-age=3600");
          ctx.result(read(asset.resource()));
        });
  }

  private static byte[] read(String resource) {
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** The WebJar's version, from its Maven properties, so a new htmx needs only the pom changed. */
  private static String htmxVersion() {
    String resource = "META-INF/maven/org.webjars.npm/htmx.org/pom.properties";
    Properties properties = new Properties();
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar has no " + resource);
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return properties.getProperty("version");
  }
}
