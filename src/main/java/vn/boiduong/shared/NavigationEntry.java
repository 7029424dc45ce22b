package vn.boiduong.shared;

/**
 * A link in the main navigation, declared as a bean by the module that owns the page. It shows only
 * to users holding {@code authority} (for example {@code ROLE_LECTURER}), or to everyone signed in
 * when that is {@code null}.
 */
public record NavigationEntry(int order, String path, String messageKey, String authority) {
}
