package org.stageboard;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a test class that needs the JavaFX toolkit: TestFX driving real gestures through Monocle, or a scene
 * rendered headlessly (export). Such classes start the toolkit and are the slow part of the suite, so the core
 * alone runs without them: {@code mvn test -Pcore} (the same as {@code -Dgroups='!ui'}). {@code mvn test} runs
 * everything.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(UiTest.TAG)
public @interface UiTest {
    /** The JUnit tag; surefire selects by it. */
    String TAG = "ui";
}
