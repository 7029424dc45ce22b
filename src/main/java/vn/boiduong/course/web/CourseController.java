package vn.boiduong.course.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.boiduong.course.CourseAction;
import vn.boiduong.course.CourseFilter;
import vn.boiduong.course.CourseMode;
import vn.boiduong.course.CoursePage;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseStatus;
import vn.boiduong.course.CourseStatusException;
import vn.boiduong.course.CourseView;
import vn.boiduong.course.Delivery;
import vn.boiduong.course.LearnerKind;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.shared.FormSubmissions;
import vn.boiduong.shared.RuleViolationException;
import vn.boiduong.shared.web.FormActions;

/** The course list, the course page, and the plan form. */
@Controller
class CourseController {

	static final int PAGE_SIZE = 20;

	private final CourseService courses;

	private final FormSubmissions submissions;

	private final CoursePlanDocuments documents;

	CourseController(CourseService courses, FormSubmissions submissions, CoursePlanDocuments documents) {
		this.courses = courses;
		this.submissions = submissions;
		this.documents = documents;
	}

	@InitBinder
	void disallowId(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/courses")
	String list(@RequestParam(required = false) CourseStatus status, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) Long district, @RequestParam(required = false) String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.courses.search(new CourseFilter(status, year, district, q), page, PAGE_SIZE));
		model.addAttribute("status", status);
		model.addAttribute("year", year);
		model.addAttribute("district", district);
		model.addAttribute("q", q);
		int thisYear = LocalDate.now().getYear();
		model.addAttribute("years", List.of(thisYear + 1, thisYear, thisYear - 1, thisYear - 2, thisYear - 3));
		model.addAttribute("districts", this.courses.visibleDistricts());
		model.addAttribute("mayPlan", !this.courses.districtsWhereUserPlans().isEmpty());
		return "course/list";
	}

	@GetMapping("/courses/{id}")
	String show(@PathVariable Long id, Model model) {
		model.addAttribute("p", this.courses.page(id));
		return "course/detail";
	}

	@GetMapping("/courses/new")
	String newForm(Model model) {
		List<OrgUnitView> districts = districtsOrDeny();
		List<OrgUnitView> centres = this.courses.politicalCentresOf(districts);
		model.addAttribute("form", PlanForm.empty(districts.get(0).id(), centres.isEmpty() ? null : centres.get(0).id(),
				this.documents.planningBody(districts.get(0).id()).headName()));
		model.addAttribute("formToken", this.submissions.issue());
		return planForm(model, null, districts);
	}

	/** The form's one-time token makes a double click or a resent form create one draft, not two. */
	@PostMapping("/courses")
	String create(@Valid @ModelAttribute("form") PlanForm form, BindingResult result,
			@RequestParam(required = false) UUID formToken, Model model, RedirectAttributes redirect) {
		List<OrgUnitView> districts = districtsOrDeny();
		if (!result.hasErrors()) {
			try {
				Long districtId = form.organizingUnitId() != null ? form.organizingUnitId() : districts.get(0).id();
				FormSubmissions.Outcome outcome = this.submissions.once(formToken,
						() -> "/courses/" + this.courses.create(districtId, form.toDetails()).id());
				redirect.addFlashAttribute(outcome.repeated() ? "failure" : "success",
						outcome.repeated() ? "form.alreadySubmitted" : "course.created");
				return "redirect:" + outcome.result();
			}
			catch (RuleViolationException ex) {
				FormActions.reject(result, ex);
			}
		}
		model.addAttribute("formToken", formToken != null ? formToken : this.submissions.issue());
		return planForm(model, null, districts);
	}

	@GetMapping("/courses/{id}/edit")
	String editForm(@PathVariable Long id, Model model, RedirectAttributes redirect) {
		CoursePage page = this.courses.page(id);
		if (!page.may(CourseAction.EDIT)) {
			redirect.addFlashAttribute("failure", "course.error.actionNotAvailable");
			return "redirect:/courses/" + id;
		}
		model.addAttribute("form", PlanForm.of(page.course()));
		return planForm(model, page.course(), null);
	}

	@PostMapping("/courses/{id}/edit")
	String edit(@PathVariable Long id, @Valid @ModelAttribute("form") PlanForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		CourseView course = this.courses.get(id);
		if (!result.hasErrors()) {
			try {
				this.courses.editPlan(id, form.version() == null ? -1 : form.version(), form.toDetails());
				redirect.addFlashAttribute("success", "course.saved");
				return "redirect:/courses/" + id;
			}
			catch (ObjectOptimisticLockingFailureException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				result.reject("course.conflict");
			}
			catch (CourseStatusException ex) {
				response.setStatus(HttpServletResponse.SC_CONFLICT);
				FormActions.reject(result, ex);
			}
			catch (RuleViolationException ex) {
				FormActions.reject(result, ex);
			}
		}
		return planForm(model, course, null);
	}

	private String planForm(Model model, CourseView course, List<OrgUnitView> districtsForNew) {
		List<OrgUnitView> districts = districtsForNew != null ? districtsForNew
				: this.courses.visibleDistricts().stream().filter(d -> d.id().equals(course.organizingUnitId())).toList();
		Long districtId = course != null ? course.organizingUnitId() : districts.get(0).id();
		model.addAttribute("course", course);
		model.addAttribute("districts", districts);
		model.addAttribute("centres", this.courses.politicalCentresOf(districts));
		model.addAttribute("topics", this.courses.electiveTopicsFor(districtId));
		model.addAttribute("modes", CourseMode.values());
		model.addAttribute("deliveries", Delivery.values());
		model.addAttribute("learnerKinds", LearnerKind.values());
		model.addAttribute("signing", this.documents.planningBody(districtId).signing());
		return "course/form";
	}

	private List<OrgUnitView> districtsOrDeny() {
		List<OrgUnitView> districts = this.courses.districtsWhereUserPlans();
		if (districts.isEmpty()) {
			throw new AccessDeniedException("not district propaganda staff anywhere");
		}
		return districts;
	}

}
