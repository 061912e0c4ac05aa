package org.stageboard.template;

import java.util.Optional;
import org.stageboard.i18n.Messages;

/** The families of interview questions; a template belongs to exactly one. Ids are fixed by the template schema. */
public enum Category {
    RECOMMENDATION_AND_FEED("recommendation-and-feed"),
    SEARCH_AND_RANKING("search-and-ranking"),
    ADS("ads"),
    INTEGRITY_AND_SAFETY("integrity-and-safety"),
    FRAUD_AND_RISK("fraud-and-risk"),
    FORECASTING_AND_REGRESSION("forecasting-and-regression"),
    NLP("nlp"),
    VISION("vision"),
    GENERATIVE_AI("generative-ai"),
    PLATFORM_AND_MONITORING("platform-and-monitoring");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    /** The id used in template files and on the command line. */
    public String id() {
        return id;
    }

    /** The name shown to the user. */
    public String displayName() {
        return Messages.get("category." + id);
    }

    public static Optional<Category> fromId(String id) {
        for (Category c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
