package vn.boiduong.shared;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text comes from the messages files: Vietnamese (the default file) and English carry the same
 * keys, and every key a template names exists.
 */
class MessagesConsistencyTests {

	private static final Path MESSAGES = Path.of("src/main/resources/messages");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern KEY_IN_TEMPLATE = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)");

	@Test
	void vietnameseAndEnglishFilesHaveTheSameKeys() throws IOException {
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path vi : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				Path en = MESSAGES.resolve(vi.getFileName().toString().replace(".properties", "_en.properties"));
				assertThat(en).as("English file for " + vi).exists();
				Set<String> missingInEnglish = new TreeSet<>(load(vi).stringPropertyNames());
				missingInEnglish.removeAll(load(en).stringPropertyNames());
				Set<String> missingInVietnamese = new TreeSet<>(load(en).stringPropertyNames());
				missingInVietnamese.removeAll(load(vi).stringPropertyNames());
				assertThat(missingInEnglish).as("keys of " + vi + " missing in " + en).isEmpty();
				assertThat(missingInVietnamese).as("keys of " + en + " missing in " + vi).isEmpty();
			}
		}
	}

	@Test
	void everyKeyNamedInATemplateExists() throws IOException {
		Set<String> known = new HashSet<>();
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path vi : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				known.addAll(load(vi).stringPropertyNames());
			}
		}
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(TEMPLATES)) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher m = KEY_IN_TEMPLATE.matcher(Files.readString(template, StandardCharsets.UTF_8));
				while (m.find()) {
					if (!known.contains(m.group(1))) {
						missing.add(TEMPLATES.relativize(template) + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void vietnameseTextsCarryDiacritics() throws IOException {
		// A Vietnamese file written without diacritics ("Dang nhap") is a bug: most texts must have them.
		try (Stream<Path> files = Files.list(MESSAGES)) {
			for (Path vi : files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
				Properties props = load(vi);
				long total = props.size();
				long withDiacritics = props.values().stream().map(Object::toString).filter(s -> s.chars().anyMatch(c -> c > 127)).count();
				if (total >= 5) {
					assertThat(withDiacritics * 2).as("Vietnamese texts with diacritics in " + vi).isGreaterThan(total);
				}
			}
		}
	}

	private static Properties load(Path file) throws IOException {
		Properties props = new Properties();
		try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
			props.load(reader);
		}
		return props;
	}

}
