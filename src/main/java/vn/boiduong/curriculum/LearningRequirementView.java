package vn.boiduong.curriculum;

public record LearningRequirementView(Long id, int position, String text) {
}
