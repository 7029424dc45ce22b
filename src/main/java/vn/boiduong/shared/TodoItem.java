package vn.boiduong.shared;

/**
 * One line of the home page "Việc cần làm": a message key with its arguments and where it leads.
 */
public record TodoItem(String groupKey, String messageKey, Object[] arguments, String link) {
}
