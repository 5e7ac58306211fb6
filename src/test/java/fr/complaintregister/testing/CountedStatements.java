package fr.complaintregister.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.util.ClassUtils;

/**
 * Counts the SQL statements each thread sends through the application's data source, a batched row counting as one:
 * a benchmark reads the count before and after a step it runs in one thread. Registered by a benchmark's
 * configuration only ({@code @Import(CountedStatements.class)}), never by the application.
 */
public class CountedStatements implements BeanPostProcessor {

  private static final ThreadLocal<long[]> SENT = ThreadLocal.withInitial(() -> new long[1]);
  private static final Set<String> SENDING = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
      "addBatch");

  /** The statements this thread has sent so far. */
  public static long ofThisThread() {
    return SENT.get()[0];
  }

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof DataSource dataSource ? wrap(dataSource, DataSource.class) : bean;
  }

  /** The object behind a proxy of the given interfaces, whose connections and statements are proxied in turn. */
  private static Object wrap(Object target, Class<?> kind) {
    InvocationHandler handler = (proxy, method, arguments) -> {
      switch (method.getName()) {
        case "equals":
          return proxy == arguments[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        default:
          break;
      }
      if (kind == Statement.class && SENDING.contains(method.getName())) {
        SENT.get()[0]++;
      }
      Object result = invoke(target, method, arguments);
      if (result instanceof Connection connection && kind == DataSource.class) {
        return wrap(connection, Connection.class);
      }
      if (result instanceof Statement statement && kind == Connection.class) {
        return wrap(statement, Statement.class);
      }
      return result;
    };
    return Proxy.newProxyInstance(CountedStatements.class.getClassLoader(),
        ClassUtils.getAllInterfacesForClass(target.getClass()), handler);
  }

  private static Object invoke(Object target, Method method, Object[] arguments) throws Throwable {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
