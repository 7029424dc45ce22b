package vn.boiduong.course.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.boiduong.course.CoursePage;
import vn.boiduong.course.CourseService;
import vn.boiduong.shared.document.PartyDocumentPdf;
import vn.boiduong.shared.web.Downloads;

/**
 * The course plan as a printed paper and the timetable as a workbook, for whoever may see the course
 * page: the service answers 404 for an unknown course and 403 for another district's.
 */
@Controller
class CoursePrintController {

	private final CourseService courses;

	private final CoursePlanDocuments documents;

	CoursePrintController(CourseService courses, CoursePlanDocuments documents) {
		this.courses = courses;
		this.documents = documents;
	}

	@GetMapping("/courses/{id}/plan.pdf")
	ResponseEntity<byte[]> plan(@PathVariable Long id) {
		CoursePage page = this.courses.page(id);
		return Downloads.pdf("Kế hoạch - " + page.course().name(), PartyDocumentPdf.render(this.documents.plan(page)));
	}

	@GetMapping("/courses/{id}/timetable.xlsx")
	ResponseEntity<byte[]> timetable(@PathVariable Long id) {
		CoursePage page = this.courses.page(id);
		return Downloads.xlsx("Thời khóa biểu - " + page.course().name(), this.documents.timetableWorkbook(page).toBytes());
	}

}
