package vn.boiduong.curriculum;

import java.util.List;

/** A compulsory lesson with its learning requirements, in order. */
public record LessonView(Long id, int number, String title, List<LearningRequirementView> requirements) {
}
