package vn.boiduong.audit.web;

import jakarta.validation.Valid;
import tools.jackson.databind.ObjectMapper;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.boiduong.audit.AuditEventView;
import vn.boiduong.audit.AuditLog;
import vn.boiduong.audit.AuditQuery;
import vn.boiduong.shared.PageView;

/** The administrator browses and filters the audit log (read-only: the log is append-only). */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

	private static final int PAGE_SIZE = 50;

	/** The latest minutes of anonymous noise shown under the log. */
	private static final int NOISE_ROWS = 20;

	private final AuditLog audit;

	private final ObjectMapper json;

	AuditController(AuditLog audit, ObjectMapper json) {
		this.audit = audit;
		this.json = json;
	}

	@GetMapping
	String browse(@Valid @ModelAttribute("filter") AuditFilter filter, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model) {
		if (filter.rangeReversed()) {
			result.rejectValue("to", "audit.error.rangeReversed");
		}
		AuditQuery query = result.hasErrors() ? AuditQuery.none() : filter.toQuery();
		Page<AuditEventView> events = result.hasErrors() ? Page.empty() : this.audit.search(query, page, PAGE_SIZE);
		PageView<AuditRow> rows = PageView.of(events, e -> AuditRow.of(e, this.json));
		model.addAttribute("page", rows);
		model.addAttribute("actions", this.audit.knownActions());
		model.addAttribute("entityTypes", this.audit.knownEntityTypes());
		model.addAttribute("noise",
				PageView.of(this.audit.anonymousNoise(0, NOISE_ROWS), n -> AnonymousNoiseRow.of(n)));
		return "audit/events";
	}

}
