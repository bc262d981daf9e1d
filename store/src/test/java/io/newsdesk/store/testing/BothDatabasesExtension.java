package io.newsdesk.store.testing;

import io.newsdesk.store.Database;
import io.newsdesk.store.Dialect;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/** The JUnit extension behind {@link DatabaseTest}: one invocation per {@link Dialect}. */
public final class BothDatabasesExtension implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BothDatabasesExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Arrays.stream(Dialect.values()).map(Invocation::new);
    }

    private record Invocation(Dialect dialect) implements TestTemplateInvocationContext {

        @Override
        public String getDisplayName(int invocationIndex) {
            return dialect.name().toLowerCase(Locale.ROOT);
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new DatabaseParameters(dialect));
        }
    }

    /** Resolves the parameters; the test database lives in the invocation's store, which closes it. */
    private record DatabaseParameters(Dialect dialect) implements ParameterResolver {

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == Database.class || type == TestDatabase.class || type == Dialect.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            if (type == Dialect.class) {
                return dialect;
            }
            TestDatabase database = context.getStore(NAMESPACE)
                    .computeIfAbsent(TestDatabase.class, key -> TestDatabases.create(dialect), TestDatabase.class);
            return type == Database.class ? database.database() : database;
        }
    }
}
