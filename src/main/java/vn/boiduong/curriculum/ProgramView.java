package vn.boiduong.curriculum;

import java.time.LocalDate;

public record ProgramView(Long id, String code, String name, String source, int versionNo, LocalDate effectiveFrom,
		boolean current) {
}
