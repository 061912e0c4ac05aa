package org.stageboard.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsTest {
    @TempDir
    Path dir;

    private Path settingsFile() {
        return dir.resolve("home/settings.json");
    }

    private Path board(String name) throws IOException {
        return Files.writeString(dir.resolve(name), "{}").toAbsolutePath();
    }

    @Test
    void defaultsWhenNoFile() {
        Settings s = Settings.load(settingsFile());
        assertEquals(List.of(), s.recentFiles());
        assertTrue(s.snapToGrid());
        assertEquals(2.0, s.exportScale());
        assertEquals(Optional.empty(), s.locale());
    }

    @Test
    void valuesSurviveSaveAndLoad() throws IOException {
        Settings s = Settings.load(settingsFile());
        Path a = board("a.stageboard");
        Path b = board("б 图.stageboard");
        s.addRecent(a);
        s.addRecent(b);
        s.setSnapToGrid(false);
        s.setExportScale(3);
        s.setLocale(Locale.forLanguageTag("zh-CN"));
        s.put("lastTemplate", "recsys");
        s.save();

        Settings t = Settings.load(settingsFile());
        assertEquals(List.of(b, a), t.recentFiles());
        assertFalse(t.snapToGrid());
        assertEquals(3.0, t.exportScale());
        assertEquals(Optional.of(Locale.forLanguageTag("zh-CN")), t.locale());
        assertEquals(Optional.of("recsys"), t.get("lastTemplate"));
    }

    @Test
    void recentIsMostRecentFirstDeduplicatedAndCapped() throws IOException {
        Settings s = Settings.load(settingsFile());
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            files.add(board("f" + i + ".stageboard"));
            s.addRecent(files.get(i));
        }
        s.addRecent(files.get(5));
        // the same file through a different spelling of its path is the same entry
        s.addRecent(dir.resolve("sub/../f7.stageboard"));
        List<Path> recent = s.recentFiles();
        assertEquals(Settings.MAX_RECENT, recent.size());
        assertEquals(List.of(files.get(7), files.get(5), files.get(11), files.get(10), files.get(9), files.get(8),
                files.get(6), files.get(4), files.get(3), files.get(2)), recent);
    }

    @Test
    void missingFilesArePrunedOnRead() throws IOException {
        Settings s = Settings.load(settingsFile());
        Path kept = board("kept.stageboard");
        Path gone = board("gone.stageboard");
        s.addRecent(kept);
        s.addRecent(gone);
        s.save();
        Files.delete(gone);
        assertEquals(List.of(kept), Settings.load(settingsFile()).recentFiles());
    }

    @Test
    void corruptFileMeansDefaults() throws IOException {
        Files.createDirectories(settingsFile().getParent());
        for (String junk : List.of("{not json", "", "[1,2]", "{\"recentFiles\": 5, \"preferences\": [true]}",
                "{\"preferences\": {\"snapToGrid\": \"maybe\", \"exportScale\": 1e9}}")) {
            Files.writeString(settingsFile(), junk);
            Settings s = Settings.load(settingsFile());
            assertTrue(s.snapToGrid(), junk);
            assertEquals(2.0, s.exportScale(), junk);
            assertEquals(List.of(), s.recentFiles(), junk);
        }
        Files.write(settingsFile(), new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 1});
        assertTrue(Settings.load(settingsFile()).snapToGrid());
    }

    @Test
    void settingsFileThatIsAFolderMeansDefaults() throws IOException {
        Files.createDirectories(settingsFile());
        assertTrue(Settings.load(settingsFile()).snapToGrid());
    }

    @Test
    void exportScaleIsRangeChecked() {
        Settings s = Settings.load(settingsFile());
        assertThrows(IllegalArgumentException.class, () -> s.setExportScale(0));
        assertThrows(IllegalArgumentException.class, () -> s.setExportScale(Double.NaN));
    }

    @Test
    void defaultLocationIsAppDirs() {
        assertEquals(AppDirs.settings(), Settings.load().file());
    }

    @Test
    void saveIfPossibleSaysWhetherTheFileWasWritten() throws Exception {
        Settings ok = Settings.load(dir.resolve("settings.json"));
        ok.setSnapToGrid(false);
        org.junit.jupiter.api.Assertions.assertTrue(ok.saveIfPossible());
        org.junit.jupiter.api.Assertions.assertFalse(Settings.load(dir.resolve("settings.json")).snapToGrid());

        java.nio.file.Files.writeString(dir.resolve("a-file"), "x");
        Settings blocked = Settings.load(dir.resolve("a-file").resolve("settings.json"));
        org.junit.jupiter.api.Assertions.assertFalse(blocked.saveIfPossible(), "a file stands where the folder should");
    }
}
