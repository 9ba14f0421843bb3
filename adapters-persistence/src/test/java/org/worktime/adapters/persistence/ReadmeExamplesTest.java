package org.worktime.adapters.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles and runs the Java blocks of README.md's "Embedding" section exactly as written, so the
 * README cannot drift from the API.
 */
class ReadmeExamplesTest {

  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS_NAME = Pattern.compile("public class (\\w+)");

  @TempDir Path workspace;

  @Test
  void theInMemoryExampleOpensPausesAndClosesADay() throws Exception {
    String output = run(examples().get(0));

    assertThat(output).startsWith("CLOSED after PT").contains(" worked");
  }

  @Test
  void theDataSourceExampleKeepsItsTenantInTheDatabaseItWasGiven() throws Exception {
    Path data = workspace.resolve("data");

    String output = run(examples().get(1), data.toString());

    assertThat(output).startsWith("tenant ").contains(" is kept in " + data);
    assertThat(data.resolve("worktime.mv.db")).isRegularFile();
  }

  private static List<String> examples() throws IOException {
    String readme = Files.readString(readme(), StandardCharsets.UTF_8);
    String embedding = readme.substring(readme.indexOf("## Embedding"));
    embedding = embedding.substring(0, embedding.indexOf("\n## ", 1));
    List<String> blocks = new ArrayList<>();
    Matcher block = JAVA_BLOCK.matcher(embedding);
    while (block.find()) {
      blocks.add(block.group(1));
    }
    assertThat(blocks).as("the Java blocks of README's Embedding section").hasSize(2);
    return blocks;
  }

  private static Path readme() {
    Path directory = Path.of("").toAbsolutePath();
    while (!Files.exists(directory.resolve("README.md"))
        || !Files.exists(directory.resolve("mvnw"))) {
      directory = directory.getParent();
    }
    return directory.resolve("README.md");
  }

  /**
   * Compiles one example against the test class path, runs its main and answers what it printed.
   */
  private String run(String source, String... args) throws Exception {
    Matcher name = CLASS_NAME.matcher(source);
    assertThat(name.find()).as("the example declares a public class").isTrue();
    Path sources = Files.createDirectories(workspace.resolve("src"));
    Path classes = Files.createDirectories(workspace.resolve("classes"));
    Path file = sources.resolve(name.group(1) + ".java");
    Files.writeString(file, source, StandardCharsets.UTF_8);
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int compiled =
        compiler.run(
            null,
            diagnostics,
            diagnostics,
            "--release",
            "17",
            "-encoding",
            "UTF-8",
            "-classpath",
            System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")),
            "-d",
            classes.toString(),
            file.toString());
    assertThat(compiled).as(diagnostics.toString(StandardCharsets.UTF_8)).isZero();

    PrintStream original = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass(name.group(1)).getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) args);
    } finally {
      System.setOut(original);
    }
    return printed.toString(StandardCharsets.UTF_8);
  }
}
