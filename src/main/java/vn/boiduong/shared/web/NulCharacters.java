package vn.boiduong.shared.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Drops the NUL character from every text a form or a query string binds: PostgreSQL text cannot hold
 * it, so a pasted or forged "\0" was a 500 when saved or searched. No one types it on purpose.
 */
@ControllerAdvice
class NulCharacters {

	@InitBinder
	void dropNul(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PropertyEditorSupport() {

			@Override
			public void setAsText(String text) {
				setValue(text == null ? null : text.replace("\u0000", ""));
			}

		});
	}

}
