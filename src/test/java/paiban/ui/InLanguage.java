package paiban.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs every test of a class (or one test) with the interface texts in one
 * language, and puts the language back afterwards: {@code @InLanguage("en")}.
 * On a class the language holds from before its {@code @BeforeAll} and
 * TestFX {@code @Start} methods (a window built there is in it) to after its
 * {@code @AfterAll}, and each test starts in it again even if the one before
 * switched; on a method it holds for that test. Tests that switch the
 * language mid-test still call {@link Messages#use}; the extension undoes it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ExtendWith(InLanguage.Extension.class)
public @interface InLanguage {
    /** "zh" or "en". */
    String value();

    final class Extension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {
        private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(InLanguage.class);

        @Override
        public void beforeAll(ExtensionContext context) {
            context.getTestClass().map(c -> c.getAnnotation(InLanguage.class))
                    .ifPresent(l -> context.getStore(NS).put("class", Messages.inLanguage(locale(l.value()))));
        }

        @Override
        public void afterAll(ExtensionContext context) {
            close(context, "class");
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            String language = context.getTestMethod().map(m -> m.getAnnotation(InLanguage.class))
                    .or(() -> context.getTestClass().map(c -> c.getAnnotation(InLanguage.class)))
                    .map(InLanguage::value).orElse("zh");
            context.getStore(NS).put("scope", Messages.inLanguage(locale(language)));
        }

        @Override
        public void afterEach(ExtensionContext context) {
            close(context, "scope");
        }

        private static Locale locale(String language) {
            return language.equals("en") ? InterfaceLanguage.ENGLISH : InterfaceLanguage.CHINESE;
        }

        private static void close(ExtensionContext context, String key) {
            Messages.Scope scope = context.getStore(NS).remove(key, Messages.Scope.class);
            if (scope != null) scope.close();
        }
    }
}
