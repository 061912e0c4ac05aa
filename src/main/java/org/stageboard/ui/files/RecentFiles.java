package org.stageboard.ui.files;

import java.nio.file.Path;
import java.util.List;

/** Where the recent-files list lives between runs. */
public interface RecentFiles {
    int MAX = 10;

    List<Path> load();

    void save(List<Path> files);

    /** A list that lives only as long as the window (tests, or when settings cannot be written). */
    static RecentFiles inMemory() {
        return new RecentFiles() {
            private List<Path> files = List.of();

            @Override
            public List<Path> load() {
                return files;
            }

            @Override
            public void save(List<Path> f) {
                files = List.copyOf(f);
            }
        };
    }
}
