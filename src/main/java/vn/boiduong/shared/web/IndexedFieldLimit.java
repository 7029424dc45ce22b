package vn.boiduong.shared.web;

import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * A list field sent with an index past the binder's limit ({@code electiveTopicIds[256]=1}) is a 400:
 * Spring's constructor binding does not grow the list that far and failed with an
 * IndexOutOfBoundsException, a 500. No form of the application sends an index at all.
 */
@ControllerAdvice
class IndexedFieldLimit {

	private static final Pattern INDEX = Pattern.compile("\\[(\\d{1,10})]");

	@InitBinder
	void refuseIndexesPastTheLimit(WebDataBinder binder, WebRequest request) {
		for (Iterator<String> names = request.getParameterNames(); names.hasNext();) {
			Matcher index = INDEX.matcher(names.next());
			while (index.find()) {
				if (Long.parseLong(index.group(1)) >= binder.getAutoGrowCollectionLimit()) {
					throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "List index past the limit");
				}
			}
		}
	}

}
