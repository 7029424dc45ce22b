package vn.boiduong.curriculum.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

record ElectiveTopicForm(@NotNull Long provinceUnitId, @NotBlank @Size(max = 500) String title,
		@Size(max = 4000) String description, long version) {
}
