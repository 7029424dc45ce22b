package vn.boiduong.course;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Small value lists kept in one column: they are always read and written with their owner. */
final class Converters {

	private Converters() {
	}

	@Converter
	static class LearnerKinds implements AttributeConverter<Set<LearnerKind>, String> {

		@Override
		public String convertToDatabaseColumn(Set<LearnerKind> kinds) {
			return kinds == null ? "" : kinds.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
		}

		@Override
		public Set<LearnerKind> convertToEntityAttribute(String text) {
			Set<LearnerKind> kinds = EnumSet.noneOf(LearnerKind.class);
			if (text != null && !text.isBlank()) {
				Arrays.stream(text.split(",")).map(String::trim).map(LearnerKind::valueOf).forEach(kinds::add);
			}
			return kinds;
		}

	}

}
