package vn.boiduong;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.UriTemplate;

import vn.boiduong.course.ClassSessionView;
import vn.boiduong.course.CourseMode;
import vn.boiduong.course.CourseService;
import vn.boiduong.course.CourseView;
import vn.boiduong.course.Delivery;
import vn.boiduong.course.LearnerKind;
import vn.boiduong.course.PartOfDay;
import vn.boiduong.course.PlanDetails;
import vn.boiduong.course.SessionDetails;
import vn.boiduong.course.SessionKind;
import vn.boiduong.curriculum.CurriculumService;
import vn.boiduong.curriculum.ElectiveTopicView;
import vn.boiduong.organization.OrgUnitKind;
import vn.boiduong.organization.OrgUnitService;
import vn.boiduong.organization.OrgUnitView;
import vn.boiduong.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every form of the application, found in the handler mappings (so a new form is covered without
 * touching this test), gets a wrongly typed value in each of its fields that is not text, sent by an
 * account allowed to use it: the answer is the form again with a message on the field, or a 400 page,
 * never a 500 nor a page cut off in the middle.
 */
@IntegrationTest
class EveryFormBadInputTests {

	/** Who may use the forms under each address prefix (the first match wins). */
	private static final Map<String, String> USERS = new LinkedHashMap<>();

	static {
		USERS.put("/admin/", "admin");
		USERS.put("/curriculum/", "tinh.tuyengiao");
		USERS.put("/courses/{id}/opinion", "anphu.tochuc");
		USERS.put("/courses/{id}/approve", "anphu.thuongtruc");
		USERS.put("/courses/{id}/reject", "anphu.thuongtruc");
		USERS.put("/courses/{id}/roster", "anphu.tochuc");
		USERS.put("/courses/{id}/open", "anphu.giamdoc");
		USERS.put("/courses/{id}/close", "anphu.giamdoc");
		USERS.put("/courses", "anphu.tuyengiao");
		USERS.put("/account/", "anphu.giangvien");
		USERS.put("/learners/", "anphu.tochuc");
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	CourseService courses;

	@Autowired
	OrgUnitService units;

	@Autowired
	CurriculumService curriculum;

	/** A value for each path variable, by its name and the address it is in. */
	private final Map<String, Object> ids = new LinkedHashMap<>();

	@BeforeEach
	void createWhatTheFormsWorkOn() {
		OrgUnitView district = this.units.tree().stream().filter(u -> "AP".equals(u.shortName())).findFirst().orElseThrow();
		OrgUnitView centre = this.units.openUnitsOfKindWithin(district.id(), OrgUnitKind.POLITICAL_CENTRE).get(0);
		CourseView course = as("anphu.tuyengiao", () -> this.courses.create(district.id(),
				new PlanDetails("Lớp nhập sai " + UUID.randomUUID(), centre.id(), LocalDate.of(2038, 3, 1),
						LocalDate.of(2038, 3, 5), "Hội trường", CourseMode.CONCENTRATED, Delivery.IN_PERSON, 40,
						Set.of(LearnerKind.BRANCH_SECRETARY), List.of(), null, null, null)));
		ClassSessionView session = as("anphu.tuyengiao", () -> this.courses.addSession(course.id(),
				new SessionDetails(course.plannedOpening(), PartOfDay.MORNING, null, null, SessionKind.LECTURE, null,
						List.of(), null, "Chuyên đề", Delivery.IN_PERSON, null, null, "Báo cáo viên")));
		OrgUnitView unit = this.units.create(OrgUnitKind.GRASSROOTS_ORGANIZATION, "Chi bộ nhập sai " + UUID.randomUUID(),
				null, district.id(), LocalDate.of(2020, 1, 1));
		ElectiveTopicView topic = as("tinh.tuyengiao", () -> this.curriculum.addLocalTopic(
				this.curriculum.currentProgram().id(), this.curriculum.provincesManagedByCurrentUser().get(0).id(),
				"Chuyên đề nhập sai " + UUID.randomUUID(), ""));
		Long someone = ((vn.boiduong.identity.AccountPrincipal) this.userDetails.loadUserByUsername("anphu.giangvien"))
			.getId();
		this.ids.put("/courses/{courseId}", course.id());
		this.ids.put("/courses/{id}", course.id());
		this.ids.put("{sessionId}", session.id());
		this.ids.put("/admin/units/{id}", unit.id());
		this.ids.put("/admin/users/{id}", someone);
		this.ids.put("/curriculum/electives/{id}", topic.id());
		this.ids.put("/learners/import/{id}", UUID.randomUUID());
	}

	@Test
	void aWronglyTypedValueInAnyFieldOfAnyFormIsNeverA500() throws Exception {
		List<String> tried = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : this.mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			HandlerMethod handler = entry.getValue();
			if (!handler.getBeanType().getPackageName().startsWith("vn.boiduong")
					|| !info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
				continue;
			}
			for (String pattern : info.getPatternValues()) {
				for (BadValue bad : badValues(handler)) {
					String uri = expand(pattern);
					String username = userFor(pattern);
					MockHttpServletRequestBuilder request = post(uri).with(csrf())
						.with(user(this.userDetails.loadUserByUsername(username)))
						.param(bad.name(), bad.value());
					String what = "POST " + pattern + " " + bad.name() + "=" + bad.value() + " as " + username;
					tried.add(what);
					try {
						MvcResult result = this.mvc.perform(request).andReturn();
						int status = result.getResponse().getStatus();
						String body = result.getResponse().getContentAsString();
						if (status >= 500) {
							failures.add(what + " -> " + status);
						}
						else if (status == 200 && !body.stripTrailing().endsWith("</html>")) {
							failures.add(what + " -> a page cut off: ..." + tail(body));
						}
						else if (status == 200 && bad.field() != null && !hasFieldError(result, bad.field())) {
							failures.add(what + " -> the form again, but no message on the field " + bad.field());
						}
					}
					catch (Exception ex) {
						failures.add(what + " -> " + ex);
					}
				}
			}
		}
		assertThat(tried).as("the forms found in the handler mappings").hasSizeGreaterThan(40);
		assertThat(failures).as("of %d requests", tried.size()).isEmpty();
	}

	/** The wrong values for one handler: "abc" in each field that is not text, an index past the limit in lists. */
	private static List<BadValue> badValues(HandlerMethod handler) {
		List<BadValue> values = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			ModelAttribute form = parameter.getParameterAnnotation(ModelAttribute.class);
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (form != null) {
				for (Map.Entry<String, Class<?>> field : fields(parameter.getParameterType()).entrySet()) {
					Class<?> type = field.getValue();
					if (type == String.class) {
						continue;
					}
					values.add(new BadValue(field.getKey(), field.getKey(), "abc"));
					if (Collection.class.isAssignableFrom(type) || type.isArray()) {
						values.add(new BadValue(field.getKey() + "[256]", null, "1"));
					}
				}
			}
			else if (requestParam != null && parameter.getParameterType() != String.class) {
				String name = requestParam.name().isEmpty() ? parameter.getParameterName() : requestParam.name();
				values.add(new BadValue(name, null, "abc"));
			}
		}
		return values;
	}

	private static Map<String, Class<?>> fields(Class<?> form) {
		Map<String, Class<?>> fields = new LinkedHashMap<>();
		if (form.isRecord()) {
			for (RecordComponent component : form.getRecordComponents()) {
				fields.put(component.getName(), component.getType());
			}
			return fields;
		}
		for (Class<?> c = form; c != null && c != Object.class; c = c.getSuperclass()) {
			for (Field field : c.getDeclaredFields()) {
				if (!Modifier.isStatic(field.getModifiers())) {
					fields.putIfAbsent(field.getName(), field.getType());
				}
			}
		}
		return fields;
	}

	private String expand(String pattern) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (String variable : new UriTemplate(pattern).getVariableNames()) {
			Object id = this.ids.entrySet()
				.stream()
				.filter(e -> e.getKey().startsWith("{") ? e.getKey().equals("{" + variable + "}")
						: pattern.startsWith(e.getKey()) && e.getKey().endsWith("{" + variable + "}"))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
			if (id == null) {
				fail("No id for {%s} in %s: add one to EveryFormBadInputTests", variable, pattern);
			}
			values.put(variable, id);
		}
		return new UriTemplate(pattern).expand(values).toString();
	}

	private static String userFor(String pattern) {
		return USERS.entrySet()
			.stream()
			.filter(e -> pattern.startsWith(e.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow(() -> new AssertionError("No account for " + pattern + ": add one to EveryFormBadInputTests"));
	}

	private static boolean hasFieldError(MvcResult result, String field) {
		if (result.getModelAndView() == null) {
			return true;
		}
		return result.getModelAndView()
			.getModel()
			.values()
			.stream()
			.filter(BindingResult.class::isInstance)
			.map(BindingResult.class::cast)
			.anyMatch(errors -> errors.hasFieldErrors(field));
	}

	private static String tail(String body) {
		return body.substring(Math.max(0, body.length() - 120));
	}

	private <T> T as(String username, Supplier<T> action) {
		UserDetails principal = this.userDetails.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private record BadValue(String name, String field, String value) {
	}

}
