package org.stageboard.i18n;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Runs each test with the interface in English and puts back the language it found. */
public final class InEnglish implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace SPACE = ExtensionContext.Namespace.create(InEnglish.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(SPACE).put("before", Messages.locale());
        Messages.setLocale(Locale.ENGLISH);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        Messages.setLocale(context.getStore(SPACE).get("before", Locale.class));
    }
}
