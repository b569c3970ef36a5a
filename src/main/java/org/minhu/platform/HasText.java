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
 * Not null and at least one visible character: unlike {@code @NotBlank}, which only trims ASCII
 * spaces, text made only of ideographic spaces (U+3000), no-break spaces or zero-width characters
 * counts as blank too.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = HasText.Validator.class)
public @interface HasText {

    String message() default "must not be blank";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<HasText, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value != null && hasText(value);
        }

        public static boolean hasText(String value) {
            for (int i = 0; i < value.length(); ) {
                int c = value.codePointAt(i);
                if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && !Character.isISOControl(c)
                        && Character.getType(c) != Character.FORMAT) {
                    return true;
                }
                i += Character.charCount(c);
            }
            return false;
        }
    }
}
