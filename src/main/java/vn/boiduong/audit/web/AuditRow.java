package vn.boiduong.audit.web;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import vn.boiduong.audit.AuditEventView;

/**
 * One audit event as the page shows it: local time, and what changed between before and after,
 * field by field when both are JSON objects (the raw text otherwise).
 */
public record AuditRow(AuditEventView event, LocalDateTime at, List<Change> changes) {

	static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

	public record Change(String field, String before, String after) {
	}

	public boolean hasStates() {
		return this.event.beforeState() != null || this.event.afterState() != null;
	}

	static AuditRow of(AuditEventView event, ObjectMapper json) {
		return new AuditRow(event, LocalDateTime.ofInstant(event.occurredAt(), ZONE),
				changes(json, event.beforeState(), event.afterState()));
	}

	private static List<Change> changes(ObjectMapper json, String before, String after) {
		JsonNode b = parse(json, before);
		JsonNode a = parse(json, after);
		if ((b != null && !b.isObject()) || (a != null && !a.isObject()) || (a == null && b == null)) {
			return List.of();
		}
		Set<String> fields = new LinkedHashSet<>();
		if (b != null) {
			fields.addAll(b.propertyNames());
		}
		if (a != null) {
			fields.addAll(a.propertyNames());
		}
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			String was = text(b == null ? null : b.get(field));
			String is = text(a == null ? null : a.get(field));
			if (!Objects.equals(was, is)) {
				changes.add(new Change(field, was, is));
			}
		}
		return changes;
	}

	private static JsonNode parse(ObjectMapper json, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return json.readTree(text);
		}
		catch (JacksonException ex) {
			return json.getNodeFactory().stringNode(text);
		}
	}

	private static String text(JsonNode node) {
		if (node == null || node.isNull()) {
			return null;
		}
		return node.isString() ? node.asString() : node.toString();
	}

}
