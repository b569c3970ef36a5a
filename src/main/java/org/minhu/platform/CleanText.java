package org.minhu.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Text a person could have typed: no control characters but tab and line breaks, no unpaired
 * surrogates, no bidirectional embeddings, overrides or isolates (U+202A–U+202E, U+2066–U+2069),
 * which turn a reply around on screen. PostgreSQL refuses NUL in text, and stray control bytes are
 * a sign of a bad client.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = CleanText.Validator.class)
public @interface CleanText {

    String message() default "contains characters that are not text";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks one string; null is left to {@code @NotNull}. */
    final class Validator implements ConstraintValidator<CleanText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isClean(value);
        }

        public static boolean isClean(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                    return false;
                }
                if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                    return false;
                }
                if (Character.isHighSurrogate(c)) {
                    if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                        return false;
                    }
                    i++;
                } else if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                    return false;
                }
            }
            return true;
        }
    }
}
