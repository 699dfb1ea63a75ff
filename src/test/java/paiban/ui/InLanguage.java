package paiban.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs every test of a class (or one test) with the interface texts in one
 * language, and puts the language back afterwards: {@code @InLanguage("en")}.
 * Tests that switch the language mid-test still call {@link Messages#use}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(InLanguage.Extension.class)
public @interface InLanguage {
    /** "zh" or "en". */
    String value();

    final class Extension implements BeforeEachCallback, AfterEachCallback {
        private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(InLanguage.class);

        @Override
        public void beforeEach(ExtensionContext context) {
            String language = context.getTestMethod().map(m -> m.getAnnotation(InLanguage.class))
                    .or(() -> context.getTestClass().map(c -> c.getAnnotation(InLanguage.class)))
                    .map(InLanguage::value).orElse("zh");
            Locale locale = language.equals("en") ? InterfaceLanguage.ENGLISH : InterfaceLanguage.CHINESE;
            context.getStore(NS).put("scope", Messages.inLanguage(locale));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            Messages.Scope scope = context.getStore(NS).remove("scope", Messages.Scope.class);
            if (scope != null) scope.close();
        }
    }
}
