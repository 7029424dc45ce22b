package vn.boiduong.shared.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.BeanUtils;
import org.springframework.core.MethodParameter;
import org.springframework.util.ClassUtils;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * A form shown again after a value of the wrong type ({@code date=abc}) still has its form object.
 * When constructor binding of a record fails, Spring passes the handler a form with that field empty
 * but exposes {@code null} under the form's name to the view, and a template reading
 * {@code *{version}} failed with a 500. This puts back a form built from what was bound (the wrongly
 * typed field empty; its message and the text as typed stay in the binding result).
 */
class FormsShownAgain implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view == null || !(handler instanceof HandlerMethod method)) {
			return;
		}
		Map<String, Object> model = view.getModel();
		for (MethodParameter parameter : method.getMethodParameters()) {
			if (!parameter.hasParameterAnnotation(ModelAttribute.class) || !parameter.getParameterType().isRecord()) {
				continue;
			}
			String name = ModelFactory.getNameForParameter(parameter);
			if (model.containsKey(name) && model.get(name) == null
					&& model.get(BindingResult.MODEL_KEY_PREFIX + name) instanceof BindingResult result
					&& result.getTarget() == null) {
				model.put(name, rebuild(parameter.getParameterType(), result));
			}
		}
	}

	static Object rebuild(Class<?> form, BindingResult result) {
		RecordComponent[] components = form.getRecordComponents();
		Object[] args = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			Class<?> type = components[i].getType();
			FieldError error = result.getFieldError(components[i].getName());
			Object value = (error != null && error.isBindingFailure()) ? null
					: result.getFieldValue(components[i].getName());
			if (value != null && !ClassUtils.resolvePrimitiveIfNecessary(type).isInstance(value)) {
				value = null;
			}
			if (value == null && type.isPrimitive()) {
				value = (type == boolean.class) ? Boolean.FALSE : convertZero(type);
			}
			args[i] = value;
		}
		Constructor<?> canonical = BeanUtils.getResolvableConstructor(form);
		if (canonical.getParameterCount() != components.length || !Arrays.equals(canonical.getParameterTypes(),
				Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new))) {
			return null;
		}
		return BeanUtils.instantiateClass(canonical, args);
	}

	private static Object convertZero(Class<?> type) {
		if (type == char.class) {
			return (char) 0;
		}
		Number zero = 0;
		if (type == long.class) {
			return zero.longValue();
		}
		if (type == double.class) {
			return zero.doubleValue();
		}
		if (type == float.class) {
			return zero.floatValue();
		}
		if (type == short.class) {
			return zero.shortValue();
		}
		if (type == byte.class) {
			return zero.byteValue();
		}
		return 0;
	}

}
