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
    uploads.close();
  }

  @Test
  void aPreviewNeverConfirmedIsRemovedAfterAnHourAndEveryUploadWhenTheDeskStops() throws Exception {
    Uploads uploads = new Uploads();
    String old = uploads.keep("old.vcf", new ByteArrayInputStream(new byte[] {1}));
    Path oldFolder = uploads.find(old).orElseThrow().getParent();
    Files.setLastModifiedTime(
        oldFolder,
        java.nio.file.attribute.FileTime.from(
            java.time.Instant.now().minus(Uploads.KEPT).minusSeconds(60)));
    String recent = uploads.keep("recent.vcf", new ByteArrayInputStream(new byte[] {2}));

    String next = uploads.keep("next.vcf", new ByteArrayInputStream(new byte[] {3}));

    assertThat(uploads.find(old)).isEmpty();
    assertThat(oldFolder).doesNotExist();
    assertThat(uploads.find(recent)).isPresent();
    Path root = uploads.find(next).orElseThrow().getParent().getParent();
    assertThat(java.nio.file.Files.getPosixFilePermissions(root))
        .as("a list of people: the owner's alone")
        .containsExactlyInAnyOrder(
            java.nio.file.attribute.PosixFilePermission.OWNER_READ,
            java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
            java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE);

    uploads.close();

    assertThat(root).doesNotExist();
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
