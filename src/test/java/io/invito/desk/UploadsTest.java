package io.invito.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploads keep the bytes under the sent name, never outside their folder. */
class UploadsTest {
  @TempDir Path dir;

  @Test
  void keepsTheFileUnderItsNameWithoutAnyFolderPart() throws Exception {
    Uploads uploads = new Uploads();
    String id =
        uploads.keep(
            "../../etc/evil.vcf",
            new ByteArrayInputStream("BEGIN:VCARD".getBytes(StandardCharsets.UTF_8)));

    Path kept = uploads.find(id).orElseThrow();
    assertThat(kept.getFileName()).hasToString("evil.vcf");
    assertThat(Files.readString(kept)).isEqualTo("BEGIN:VCARD");
    assertThat(uploads.find("../" + id)).isEmpty();
    uploads.forget(id);
    assertThat(uploads.find(id)).isEmpty();
  }

  @Test
  void aFingerprintChangesWithTheFileAndNamesAMissingOne() throws Exception {
    Path file = dir.resolve("contacts.csv");
    assertThat(Uploads.fingerprint(file)).isEqualTo("none");
    Files.writeString(file, "id\n");
    String first = Uploads.fingerprint(file);
    assertThat(Uploads.fingerprint(file)).isEqualTo(first);
    Files.writeString(file, "id\nx\n");
    assertThat(Uploads.fingerprint(file)).isNotEqualTo(first);
  }
}
